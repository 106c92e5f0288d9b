/**
 * Benefit-like MDX pages made up from generic sentences about library work,
 * for the benchmark. The same count always gives the same pages, so runs on
 * different days build the same thing. The text follows the content rules:
 * plain language, no figures, prices, people, organisations or addresses
 * outside the site.
 */
import { copyFile, mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { AUDIENCE_IDS } from '../../src/lib/content/audiences.ts';
import { BENEFIT_ICON_NAMES } from '../../src/lib/icons/benefitIcons.ts';

export interface SyntheticFile {
  /** File name in `benefits/`, which is also the page's slug plus `.mdx`. */
  fileName: string;
  /** The whole file: frontmatter and MDX body. */
  source: string;
}

/** A word every synthetic page set contains on some of its pages, for timing a first search. */
export const SEARCH_WORD = 'mentor';

const TOPICS = [
  'Reading groups',
  'Local history collections',
  'Story time for children',
  'Help with computers',
  'Quiet study spaces',
  'Book repair skills',
  'Home delivery of books',
  'Community notice boards',
  'Shared catalogues',
  'Volunteer training',
  'Library design ideas',
  'Talking to local councils',
  'Welcoming new readers',
  'Caring for old maps',
  'Study help for students',
  'Planning library events',
] as const;

const HEADINGS = [
  'Why this matters',
  'What you can do',
  'How your association helps',
  'Working with your team',
  'Getting started',
  'Keeping it going',
  'Sharing what you learn',
  'Questions people often ask',
] as const;

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
  'Some libraries share tools and guides so that nobody has to start from nothing.',
  'Readers notice when staff feel confident, and they come back more often.',
  'Training can be short and practical, and it often fits around a working day.',
  'It helps to agree with your manager what you want to learn and why.',
  'New staff often feel more settled when they know who to ask for help.',
  'Trustees and volunteers bring skills from other work that libraries can use.',
  'Students can learn a lot from seeing how a working library solves problems.',
  'Keep notes of ideas you hear, and choose one to try at your own library.',
  'A good question asked early saves time for everyone later.',
  'Libraries are places for the whole community, and their staff keep them that way.',
  'Sharing a problem with others is often the first step to solving it.',
] as const;

const LIST_ITEMS = [
  'ask a colleague how they handled something similar',
  'read the guides your association shares with members',
  'go to a local meeting and listen to what others are doing',
  'write down one idea you want to try this month',
  'talk to your manager about time for learning',
  'offer to help with an event or a project',
  'find a mentor who works in a library like yours',
  'share what you learned with your team',
] as const;

/** A small, fast generator with a seed, so pages vary but never change between runs. */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let mixed = Math.imul(state ^ (state >>> 15), 1 | state);
    mixed ^= mixed + Math.imul(mixed ^ (mixed >>> 7), 61 | mixed);
    return ((mixed ^ (mixed >>> 14)) >>> 0) / 4_294_967_296;
  };
}

const pick = <T>(random: () => number, items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;

/** The slug of synthetic page `number` (1-based), padded so files sort in order. */
export function syntheticSlug(number: number): string {
  return `synthetic-benefit-${String(number).padStart(5, '0')}`;
}

function paragraph(random: () => number, sentences: number): string {
  return Array.from({ length: sentences }, () => pick(random, SENTENCES)).join(' ');
}

/** YAML that needs no quoting: every generated value is plain words and punctuation. */
function frontmatter(number: number, count: number, random: () => number): string {
  const topic = TOPICS[(number - 1) % TOPICS.length] as string;
  const related = [1, 2, 3]
    .map((step) => ((number - 1 + step * 7) % count) + 1)
    .filter((other, index, all) => other !== number && all.indexOf(other) === index)
    .slice(0, count > 1 ? 3 : 0);
  const audiences = AUDIENCE_IDS.filter((_, index) => (number + index) % 3 !== 0);
  const listed = audiences.length > 0 ? audiences : AUDIENCE_IDS;
  return [
    '---',
    `title: ${topic}, part ${number}`,
    `description: How your local library association can help with ${topic.toLowerCase()}, and what you can do next.`,
    `summary: Practical help with ${topic.toLowerCase()} from people who do the same work.`,
    `lead: ${paragraph(random, 2)}`,
    `order: ${number}`,
    `icon: ${BENEFIT_ICON_NAMES[number % BENEFIT_ICON_NAMES.length]}`,
    'audiences:',
    ...listed.map((id) => `  - ${id}`),
    'whyItMatters:',
    ...listed.map((id) => `  ${id}: Help with ${topic.toLowerCase()} fits the work you do and the time you have.`),
    `caseForEmployer: I would bring back practical ideas about ${topic.toLowerCase()} to share with my team.`,
    'keyPoints:',
    ...Array.from({ length: 3 + (number % 3) }, () => `  - ${pick(random, SENTENCES)}`),
    ...(related.length > 0 ? ['related:', ...related.map((other) => `  - ${syntheticSlug(other)}`)] : []),
    'lastReviewed: 2026-01-15',
    '---',
  ].join('\n');
}

/**
 * One page of about 500 words: sections with headings, paragraphs, a bullet
 * list, numbered steps in the `<Steps>` building block, and internal links
 * only (to another synthetic page, to a heading on the page, and to /join/).
 */
function body(number: number, count: number, random: () => number): string {
  const sectionCount = 4 + (number % 3);
  const headings = Array.from({ length: sectionCount }, (_, index) => HEADINGS[(number + index) % HEADINGS.length]);
  const other = syntheticSlug((number % count) + 1);
  const sections = headings.map((heading, index) => {
    const parts = [`## ${heading}`, paragraph(random, 4), paragraph(random, 3)];
    if (index === 0) parts.push(`- ${Array.from({ length: 4 }, () => pick(random, LIST_ITEMS)).join(',\n- ')}.`);
    if (index === 1) {
      parts.push(
        `### In practice`,
        `${paragraph(random, 2)} See [another way to do this](/benefits/${other}/) or go back to [the first section](#${slugOf(headings[0] as string)}).`,
      );
    }
    if (index === 2 && number % 2 === 0) {
      parts.push(
        '<Steps>',
        Array.from({ length: 4 }, (_, step) => `${step + 1}. ${capitalise(pick(random, LIST_ITEMS))}.`).join('\n'),
        '</Steps>',
      );
    }
    return parts.join('\n\n');
  });
  return `${sections.join('\n\n')}\n\nWhen you are ready, read [how to join your local association](/join/).\n`;
}

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** The id Astro gives a heading: lower case, words joined by hyphens. */
function slugOf(heading: string): string {
  return heading
    .toLowerCase()
    .replace(/[^a-z0-9 ]/g, '')
    .replace(/ +/g, '-');
}

/** `count` synthetic benefit files, numbered from 1, each linking only to pages in the same set. */
export function syntheticBenefits(count: number): SyntheticFile[] {
  return Array.from({ length: count }, (_, index) => {
    const number = index + 1;
    const random = seededRandom(number);
    return {
      fileName: `${syntheticSlug(number)}.mdx`,
      source: `${frontmatter(number, count, random)}\n\n${body(number, count, random)}`,
    };
  });
}

/**
 * Writes a content folder for the site from synthetic benefits, with copies
 * of the project's real general pages, role pages and site texts
 * (content/site/: the home page, the tools' words, the letter), which the
 * site's routes expect, and of its search synonyms. A copied page's link to
 * a real benefit, which the synthetic set does not have, points to the first
 * synthetic benefit instead, so the link check passes.
 */
export async function writeSyntheticContent(
  contentDir: string,
  benefits: readonly SyntheticFile[],
  projectDir: string,
): Promise<void> {
  await mkdir(join(contentDir, 'benefits'), { recursive: true });
  for (const file of benefits) await writeFile(join(contentDir, 'benefits', file.fileName), file.source);
  const slugs = new Set(benefits.map((file) => file.fileName.replace(/\.mdx$/, '')));
  for (const folder of ['pages', 'roles', 'site']) {
    await mkdir(join(contentDir, folder), { recursive: true });
    for (const name of await readdir(join(projectDir, 'content', folder))) {
      if (!/\.(?:mdx?|ya?ml)$/.test(name)) continue;
      const source = await readFile(join(projectDir, 'content', folder, name), 'utf8');
      await writeFile(join(contentDir, folder, name), withSyntheticBenefitLinks(source, slugs));
    }
  }
  await copyFile(join(projectDir, 'content', 'search-synonyms.yaml'), join(contentDir, 'search-synonyms.yaml'));
}

/** Links to a benefit page not in `slugs` (a real one) go to the first synthetic benefit, without their #part. */
function withSyntheticBenefitLinks(source: string, slugs: ReadonlySet<string>): string {
  return source.replace(/\/benefits\/([a-z0-9-]+)\/(#[\w-]*)?/g, (link, slug: string) =>
    slugs.has(slug) ? link : `/benefits/${syntheticSlug(1)}/`,
  );
}
