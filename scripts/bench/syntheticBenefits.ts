/**
 * Benefit pages made of generic sentences about library work, for the benchmark: the same count always gives
 * the same pages, so runs on different days build the same thing. Plain language, no figures and no outside links.
 */
import { copyFile, mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { AUDIENCE_IDS } from '../../src/lib/content/audiences.ts';
import { BENEFIT_ICON_NAMES } from '../../src/lib/icons/benefitIcons.ts';

/** A benefit file: its name (the page's slug plus `.mdx`), frontmatter and MDX body. */
export interface SyntheticFile {
  fileName: string;
  source: string;
}

const TOPICS = ['Reading groups', 'Local history', 'Story time', 'Help with computers', 'Study spaces', 'Book repair'];
const HEADINGS = ['Why it matters', 'What you can do', 'How we help', 'Getting started', 'Next steps', 'Sharing it'];
const LIST_ITEMS = ['Ask a colleague', 'Go to a local meeting', 'Write down one idea', 'Find a mentor'];
const SENTENCES = [
  'Library work changes every year, and people who work in libraries need ways to keep up.',
  'Your local association brings people together who face the same questions at work.',
  'Talking to someone in a library like yours is often the quickest way to solve a problem.',
  'A mentor can help you think through a hard decision before you make it.',
  'Many members say the most useful thing they found was a person to ask.',
  'Small changes to how a library runs can make a big difference to its readers.',
  'You do not need to be an expert to take part, and everyone starts somewhere.',
  'Meetings are a good place to hear what has worked in other libraries.',
  'Writing down what you tried helps the next person who has the same job to do.',
  'Readers notice when staff feel confident, and they come back more often.',
  'Training can be short and practical, and it often fits around a working day.',
  'Trustees and volunteers bring skills from other work that libraries can use.',
];

/** The slug of page `number` (from 1), padded so the files sort in order. */
const syntheticSlug = (number: number) => `synthetic-benefit-${String(number).padStart(5, '0')}`;

/** One page: frontmatter that passes the real schema, and about 500 words with headings, lists, steps and links. */
function benefitPage(number: number, count: number): string {
  // A fixed-seed generator (Park and Miller's), so pages vary but never change between runs.
  let state = number;
  const pick = <T>(items: readonly T[]): T => {
    state = (state * 48_271) % 2_147_483_647;
    return items[Math.floor((state / 2_147_483_647) * items.length)] as T;
  };
  const paragraph = (sentences: number) => Array.from({ length: sentences }, () => pick(SENTENCES)).join(' ');
  const topic = (TOPICS[(number - 1) % TOPICS.length] as string).toLowerCase();
  const others = new Set([7, 14, 21].map((step) => ((number - 1 + step) % count) + 1));
  const related = [...others].filter((other) => other !== number);
  const audiences = AUDIENCE_IDS.filter((_, index) => (number + index) % 3 !== 0);
  const frontmatter = [
    `title: ${TOPICS[(number - 1) % TOPICS.length]}, part ${number}`,
    `description: How your local library association can help with ${topic}, and what you can do next.`,
    `summary: Practical help with ${topic} from people who do the same work.`,
    `lead: ${paragraph(2)}`,
    `order: ${number}`,
    `icon: ${BENEFIT_ICON_NAMES[number % BENEFIT_ICON_NAMES.length]}`,
    'audiences:',
    ...audiences.map((id) => `  - ${id}`),
    'whyItMatters:',
    ...audiences.map((id) => `  ${id}: Help with ${topic} fits the work you do and the time you have.`),
    `caseForEmployer: I would bring back practical ideas about ${topic} to share with my team.`,
    'keyPoints:',
    ...Array.from({ length: 3 + (number % 3) }, () => `  - ${pick(SENTENCES)}`),
    ...(related.length > 0 ? ['related:', ...related.map((other) => `  - ${syntheticSlug(other)}`)] : []),
    'lastReviewed: 2026-01-15',
  ];
  const headings = Array.from({ length: 4 + (number % 3) }, (_, index) => HEADINGS[(number + index) % HEADINGS.length]);
  const firstHeadingId = (headings[0] as string).toLowerCase().replaceAll(' ', '-');
  const listItems = LIST_ITEMS.map((_, index) => LIST_ITEMS[(number + index) % LIST_ITEMS.length]);
  const sections = headings.map((heading, index) => {
    const parts = [`## ${heading}`, paragraph(4), paragraph(3)];
    if (index === 0) parts.push(listItems.map((item) => `- ${item}`).join('\n'));
    if (index === 1) {
      const other = syntheticSlug((number % count) + 1);
      parts.push(
        '### In practice',
        `${paragraph(2)} See [another way to do this](/benefits/${other}/) or go back to [the first section](#${firstHeadingId}).`,
      );
    }
    if (index === 2 && number % 2 === 0) {
      parts.push('<Steps>', listItems.map((item, step) => `${step + 1}. ${item}.`).join('\n'), '</Steps>');
    }
    return parts.join('\n\n');
  });
  const body = `${sections.join('\n\n')}\n\nWhen you are ready, read [how to join your local association](/join/).\n`;
  return `---\n${frontmatter.join('\n')}\n---\n\n${body}`;
}

/** `count` benefit files, numbered from 1, each linking only to pages of the same set. */
export function syntheticBenefits(count: number): SyntheticFile[] {
  return Array.from({ length: count }, (_, index) => ({
    fileName: `${syntheticSlug(index + 1)}.mdx`,
    source: benefitPage(index + 1, count),
  }));
}

/**
 * A content folder for the site: the synthetic benefits, and copies of the
 * real general pages, role pages, site texts and synonyms, which the site's
 * routes need. A copied link to a real benefit goes to the first synthetic
 * one instead, so the build's link check passes.
 */
export async function writeSyntheticContent(contentDir: string, benefits: readonly SyntheticFile[]): Promise<void> {
  await mkdir(join(contentDir, 'benefits'), { recursive: true });
  for (const file of benefits) await writeFile(join(contentDir, 'benefits', file.fileName), file.source);
  const slugs = new Set(benefits.map((file) => file.fileName.replace(/\.mdx$/, '')));
  for (const folder of ['pages', 'roles', 'site']) {
    await mkdir(join(contentDir, folder), { recursive: true });
    for (const name of await readdir(join('content', folder))) {
      if (!/\.(?:mdx?|ya?ml)$/.test(name)) continue;
      const source = await readFile(join('content', folder, name), 'utf8');
      const relinked = source.replace(/\/benefits\/([a-z0-9-]+)\/(#[\w-]*)?/g, (link, slug: string) =>
        slugs.has(slug) ? link : `/benefits/${syntheticSlug(1)}/`,
      );
      await writeFile(join(contentDir, folder, name), relinked);
    }
  }
  await copyFile(join('content', 'search-synonyms.yaml'), join(contentDir, 'search-synonyms.yaml'));
}
