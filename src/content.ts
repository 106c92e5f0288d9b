/**
 * The only module that queries content collections. Pages ask it for what
 * they need and never call `getCollection` themselves, so the rules about
 * drafts, order and references live in one place.
 */
import { getCollection, getEntries, type CollectionEntry } from 'astro:content';
import { readFile } from 'node:fs/promises';
import { relative, resolve, sep } from 'node:path';
import { AUDIENCE_IDS, AUDIENCE_LABELS, type AudienceId } from './lib/content/audiences.ts';
import { findImpossibleDates } from './lib/contentChecks/calendarDates.ts';
import { isVisible } from './lib/content/isVisible.ts';
import { findBrokenRelatedLinks } from './lib/contentChecks/findBrokenRelatedLinks.ts';
import { findRolePageProblems } from './lib/contentChecks/findRolePageProblems.ts';
import { byOrderThenTitle, byTitleAlphabetical, neighbours } from './lib/content/sequence.ts';
import { CONTENT_DIR } from './lib/site/contentDir.ts';
import { SITE_FILES, type SiteCollection } from './lib/content/siteTextSchemas.ts';
import type { LetterWords } from './lib/letter/composeLetter.ts';
import { BUILD_DAY, upcomingEvents } from './lib/events/upcomingEvents.ts';
import { association } from './site.config.ts';

export type Benefit = CollectionEntry<'benefits'>;
export type Page = CollectionEntry<'pages'>;
export type Role = CollectionEntry<'roles'>;
/** An event as the site shows it: its file's fields, its file name (`id`) and the currency of its prices. */
export type SiteEvent = CollectionEntry<'events'>['data'] & { id: string; currency?: string | undefined };

/** Drafts are visible while editing (`npm run dev`) and never in a production build. */
const isPublished = (entry: { data: { draft: boolean } }) => isVisible(entry, import.meta.env.DEV_SERVER);

/**
 * The content loader checks dates and related links when content loads, but
 * the dev server reloads a saved file on its own, past those checks. In dev,
 * the same checks run again when a page is rendered, so a mistake saved
 * while editing shows in the browser's error overlay, naming the file.
 */
async function checkWhileEditing(): Promise<void> {
  if (!import.meta.env.DEV_SERVER) return;
  const benefits = await getCollection('benefits');
  const pages = await getCollection('pages');
  const roles = await getCollection('roles');
  const problems = findBrokenRelatedLinks(
    benefits.map((entry) => ({
      id: entry.id,
      filePath: entry.filePath,
      related: entry.data.related.map((reference) => reference.id),
    })),
  );
  problems.push(...findRolePageProblems(roles, AUDIENCE_IDS, `${CONTENT_DIR}/roles`));
  for (const entry of [...benefits, ...pages, ...roles]) {
    if (!entry.filePath) continue;
    const source = await readFile(entry.filePath, 'utf8').catch(() => '');
    problems.push(...findImpossibleDates(source).map((problem) => `${entry.filePath}: ${problem}`));
  }
  if (problems.length > 0) {
    throw new Error(`Content needs fixing:\n${problems.map((problem) => `  - ${problem}`).join('\n')}`);
  }
}

/** Published benefits in reading order (their `order`, then title). */
export async function getBenefits(): Promise<Benefit[]> {
  const benefits = await getCollection('benefits', isPublished);
  return benefits.sort((a, b) => byOrderThenTitle(a.data, b.data));
}

/** Published benefits A–Z by title. */
export async function getBenefitsAlphabetical(): Promise<Benefit[]> {
  const benefits = await getCollection('benefits', isPublished);
  return benefits.sort((a, b) => byTitleAlphabetical(a.data, b.data));
}

/**
 * Everything a benefit page shows besides its own body. A type alias, not an
 * interface, so it satisfies the index signature of Astro's page props.
 */
export type BenefitContext = {
  benefit: Benefit;
  related: Benefit[];
  previous?: Benefit;
  next?: Benefit;
};

/** Each published benefit with its related benefits and reading-order neighbours. */
export async function getBenefitContexts(): Promise<BenefitContext[]> {
  await checkWhileEditing();
  const benefits = await getBenefits();
  return Promise.all(
    benefits.map(async (benefit, index) => {
      // References are checked when content loads; a draft target is dropped here.
      const related = (await getEntries(benefit.data.related)).filter(
        (entry): entry is Benefit => entry !== undefined && isPublished(entry),
      );
      return { benefit, related, ...neighbours(benefits, index) };
    }),
  );
}

/** A benefit as it shows on an audience's page: the benefit and why it matters to them. */
type RoleBenefit = { benefit: Benefit; why: string };

/** Everything an audience's page (/for/<audience>/) shows besides its own introduction. */
export type RoleContext = {
  role: Role;
  audience: AudienceId;
  label: string;
  /** The published benefits that list this audience, in reading order. */
  benefits: RoleBenefit[];
};

/**
 * One context per audience, in the audiences' own order. The content loader
 * makes sure every audience has exactly one page and every benefit has a
 * sentence for each of its audiences.
 */
export async function getRoleContexts(): Promise<RoleContext[]> {
  await checkWhileEditing();
  const roles = await getCollection('roles');
  const benefits = await getBenefits();
  return AUDIENCE_IDS.flatMap((audience) => {
    const role = roles.find((entry) => entry.id === audience);
    if (!role) return [];
    const forRole = benefits.flatMap((benefit) => {
      const why = benefit.data.whyItMatters[audience];
      return benefit.data.audiences.includes(audience) && why ? [{ benefit, why }] : [];
    });
    return [{ role, audience, label: AUDIENCE_LABELS[audience], benefits: forRole }];
  });
}

/** File names in content/pages/ that would clash with a route the site already has. */
const RESERVED_PAGE_IDS = new Set([
  'benefits',
  'index',
  '404',
  'search',
  'og',
  'icons',
  'pagefind',
  '_astro',
  'for',
  'value',
  'make-the-case',
  // The association's events (src/pages/events/).
  'events',
  // The browser editor (src/pages/admin/).
  'admin',
]);

/** Published general pages (content/pages/), each served at /<file name>/. */
export async function getPages(): Promise<Page[]> {
  await checkWhileEditing();
  const pages = await getCollection('pages', isPublished);
  const clashing = pages.filter((page) => RESERVED_PAGE_IDS.has(page.id) || page.id.includes('/'));
  if (clashing.length > 0) {
    const names = clashing.map((page) => sourcePath(page)).join(', ');
    throw new Error(
      `${names}: this file name is taken by the site itself or sits in a sub-folder. Rename it (content/pages/ holds flat files such as join.mdx).`,
    );
  }
  return pages;
}

/**
 * Path of an entry's source file in the repository, for "Edit this page": under content/, wherever
 * the build read it from (the tests and the benchmark build from a copy elsewhere, CONTENT_DIR).
 */
export function sourcePath(entry: Benefit | Page | Role): string {
  const inContent = entry.filePath
    ? relative(resolve(CONTENT_DIR), resolve(entry.filePath))
    : `${entry.collection}/${entry.id}.mdx`;
  return `content/${inContent.split(sep).join('/')}`;
}

/**
 * The one entry of a content/site/ collection: the words of a page the site
 * builds itself, or of site.yaml. The loader stops the build when the file is
 * missing; this says so again where a page asks for it, in case it was
 * deleted while `npm run dev` ran.
 */
export async function getSiteEntry<C extends SiteCollection>(collection: C): Promise<CollectionEntry<C>> {
  const [entry] = await getCollection(collection);
  if (!entry)
    throw new Error(`${CONTENT_DIR}/site/${SITE_FILES[collection]} is missing: the site needs it for its own pages.`);
  return entry;
}

/** The letter's words from content/site/letter.yaml, as composeLetter takes them. */
export async function getLetterWords(): Promise<LetterWords> {
  return (await getSiteEntry('letter')).data;
}

/**
 * The association's events not over on the day of the build (BUILD_DATE), soonest first, each with
 * the currency of its prices: its own, or the dues'. None on the general guide.
 */
export async function getUpcomingEvents(): Promise<SiteEvent[]> {
  if (!association) return [];
  const events = (await getCollection('events')).map((entry) => ({
    ...entry.data,
    id: entry.id,
    currency: entry.data.currency ?? association?.dues?.currency,
  }));
  return upcomingEvents(events, BUILD_DAY);
}
