import { defineCollection, reference } from 'astro:content';
import type { z } from 'astro/zod';
import type { Loader, LoaderContext } from 'astro/loaders';
import { glob } from 'astro/loaders';
import { existsSync } from 'node:fs';
import { glob as listFiles, readFile } from 'node:fs/promises';
import { basename, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { findImpossibleDates } from './lib/contentChecks/calendarDates.ts';
import { AUDIENCE_IDS } from './lib/content/audiences.ts';
import { benefitSchema, pageSchema, roleSchema } from './lib/content/contentSchemas.ts';
import { findRolePageProblems } from './lib/contentChecks/findRolePageProblems.ts';
import { findBrokenRelatedLinks } from './lib/contentChecks/findBrokenRelatedLinks.ts';
import { findFileProblems } from './lib/contentChecks/findFileProblems.ts';
import { findHiddenCharacters } from './lib/contentChecks/findHiddenCharacters.ts';
import { findContentProblems } from './lib/contentChecks/contentAllowList.ts';
import { closestMatch } from './lib/contentChecks/closestMatch.ts';
import { SITE_FILE_SCHEMAS, SITE_FILES, type SiteCollection } from './lib/content/siteTextSchemas.ts';
import { ASSOCIATION_FILE } from './lib/site/associationSchema.ts';
import { CONTENT_DIR } from './lib/site/contentDir.ts';
import { EVENTS_FOLDER, eventFileNameProblem, eventSchema } from './lib/events/eventSchema.ts';
import { BUILD_DAY, isUpcoming } from './lib/events/upcomingEvents.ts';
import { association } from './site.config.ts';

/** Files whose name starts with `_` are ignored, so editors can park notes or templates. */
const pattern = ['**/*.{md,mdx}', '!**/_*'];

type ContentCheck = (context: LoaderContext) => string[] | Promise<string[]>;

/** Dates that YAML would silently roll over (2026-02-30 → 2 March) are reported by file. */
const realDatesOnly: ContentCheck = async ({ store, config }) => {
  const problems: string[] = [];
  for (const entry of store.values()) {
    if (!entry.filePath) continue;
    const source = await readFile(fileURLToPath(new URL(entry.filePath, config.root)), 'utf8');
    problems.push(...findImpossibleDates(source).map((problem) => `${entry.filePath}: ${problem}`));
  }
  return problems;
};

/** What a page may contain (see contentAllowList.ts), for every file at once, before any page is compiled. */
const allowedContentOnly: ContentCheck = ({ store, config }) =>
  store
    .values()
    .filter((entry) => entry.filePath && entry.body !== undefined)
    .flatMap((entry) =>
      findContentProblems(fileURLToPath(new URL(entry.filePath ?? '', config.root)), entry.body ?? ''),
    );

/** No field holds a character that cannot be seen (zero-width, bidirectional controls…); see findHiddenCharacters. */
const visibleTextOnly: ContentCheck = ({ store }) =>
  store
    .values()
    .flatMap((entry) => findHiddenCharacters(entry.data).map((problem) => `${entry.filePath ?? entry.id}: ${problem}`));

/** Questions come from the frontmatter or from `<Questions>` in the text, not both: one FAQ a page. */
const oneSourceOfQuestions: ContentCheck = ({ store }) =>
  store
    .values()
    .filter(
      (entry) => ((entry.data['questions'] ?? []) as unknown[]).length > 0 && /<Questions\b/.test(entry.body ?? ''),
    )
    .map(
      (entry) =>
        `${entry.filePath ?? entry.id}: questions: the page also uses <Questions> in its text. Keep one of the two, so it has one set of questions.`,
    );

/** Every `related` benefit must exist. Astro only logs a broken reference; this stops the build. */
const relatedBenefitsExist: ContentCheck = ({ store }) =>
  findBrokenRelatedLinks(
    store.values().map((entry) => ({
      id: entry.id,
      filePath: entry.filePath,
      related: ((entry.data['related'] ?? []) as { id: string }[]).map((ref) => ref.id),
    })),
  );

/** One page per audience in content/roles/, named after it: no audience without a page, no page without an audience. */
const onePagePerAudience: ContentCheck = ({ store }) =>
  findRolePageProblems(
    store.values().map((entry) => ({ id: entry.id, filePath: entry.filePath })),
    AUDIENCE_IDS,
    `${CONTENT_DIR}/roles`,
  );

/**
 * Astro renders Markdown (.md) files while loading them, and when that fails
 * it only logs the error and would publish the page without its text. This
 * stops the build. A file the allow-list refused is named there already, with
 * its line, so it is not named again here.
 */
const markdownRendered: ContentCheck = ({ store, config }) =>
  store
    .values()
    .filter((entry) => entry.filePath?.endsWith('.md') && entry.rendered === undefined)
    .filter(
      (entry) =>
        findContentProblems(fileURLToPath(new URL(entry.filePath ?? '', config.root)), entry.body ?? '').length === 0,
    )
    .map(
      (entry) =>
        `${entry.filePath ?? entry.id}: the page's text could not be made into a page. The error above, starting "Error rendering", names the line and what to do`,
    );

/**
 * The files the loader will read, checked before it reads them: one file per
 * page, none in a subfolder, each in UTF-8. Listed with the same pattern as
 * the loader, so parked `_` files are skipped here too.
 */
async function filesProblems(base: string, pattern = '**/*.{md,mdx}', namesArePages = true): Promise<string[]> {
  const files = [];
  for await (const path of listFiles(pattern, {
    cwd: base,
    // Hidden files (.DS_Store) are the editor's system's, not content; Astro's loader skips them too.
    exclude: (name) => /^[_.]/.test(basename(name)),
  })) {
    files.push({ path: path.split('\\').join('/'), bytes: await readFile(`${base}/${path}`) });
  }
  return findFileProblems(
    files.sort((a, b) => a.path.localeCompare(b.path)),
    base,
    { namesArePages },
  );
}

/**
 * Astro's glob loader followed by checks that the schema cannot make. They run
 * during content sync, before any page is written, so a failure publishes
 * nothing; all problems are listed at once, each with its file.
 */
function checkedGlob(folder: string, checks: ContentCheck[]): Loader {
  const base = `${CONTENT_DIR}/${folder}`;
  const files = glob({ pattern, base });
  let watching = false;
  return {
    name: `checked-${folder}`,
    async load(context) {
      // Problems with the files themselves stop the build before Astro reads them into the wrong pages.
      const fileProblems = await filesProblems(base);
      if (fileProblems.length > 0) throw needsFixing(folder, fileProblems);
      // Under `astro dev` a file added later is loaded on its own, not through load(): check the folder again then.
      if (context.watcher && !watching) {
        watching = true;
        const folderPath = resolve(base) + sep;
        context.watcher.on('add', (path) => {
          if (!resolve(path).startsWith(folderPath)) return;
          void filesProblems(base).then((problems) => {
            if (problems.length > 0) context.logger.error(needsFixing(folder, problems).message);
          });
        });
      }
      await files.load(context);
      const problems: string[] = [];
      for (const check of [allowedContentOnly, markdownRendered, visibleTextOnly, ...checks]) {
        problems.push(...(await check(context)));
      }
      if (problems.length > 0) throw needsFixing(folder, problems);
    },
  };
}

function needsFixing(folder: string, problems: readonly string[]): Error {
  return new Error(
    `Content in ${CONTENT_DIR}/${folder} needs fixing:\n${problems.map((problem) => `  - ${problem}`).join('\n')}`,
  );
}

const SITE_FOLDER = `${CONTENT_DIR}/site`;

/**
 * content/site/ holds one file for each collection in SITE_FILES, and the
 * association's file when there is one (src/site.config.ts reads it), and
 * nothing else: a file with another name would never be read, so the editor's
 * change would silently not show. Checked with the files' encoding and size.
 */
async function siteFolderProblems(): Promise<string[]> {
  const known: string[] = [...Object.values(SITE_FILES), basename(ASSOCIATION_FILE)];
  // The site's own files have fixed names, checked below, and make no page of their own name.
  const problems = await filesProblems(SITE_FOLDER, '**/*', false);
  for await (const path of listFiles('*', { cwd: SITE_FOLDER, exclude: (name) => /^[_.]/.test(basename(name)) })) {
    if (path === 'README.md' || known.includes(path) || path.includes('/')) continue;
    const suggestion = closestMatch(path, known);
    problems.push(
      `${SITE_FOLDER}/${path} is not one of the site's own files, so nothing reads it: ${suggestion ? `did you mean ${suggestion}? ` : ''}the folder holds ${known.join(', ')}. Start a note's name with _`,
    );
  }
  return problems;
}

/**
 * The one file of a content/site/ collection. Its absence stops the build
 * with the file's name, where Astro would only warn of an empty collection
 * and fail later on a page that needs it.
 */
function siteFile(collection: SiteCollection, checks: ContentCheck[] = []): Loader {
  const file = SITE_FILES[collection];
  const loader = glob({ pattern: file, base: SITE_FOLDER });
  return {
    name: `site-${collection}`,
    async load(context) {
      // The folder is checked once, with the home page, so each problem is listed once.
      const folderProblems = collection === 'home' ? await siteFolderProblems() : [];
      if (folderProblems.length > 0) throw needsFixing('site', folderProblems);
      await loader.load(context);
      if (context.store.keys().length === 0) {
        throw needsFixing('site', [
          `${SITE_FOLDER}/${file} is missing: the site needs it for its own pages. Restore it from the repository's history, or ask a developer`,
        ]);
      }
      const problems: string[] = [];
      for (const check of [allowedContentOnly, visibleTextOnly, ...checks]) problems.push(...(await check(context)));
      if (problems.length > 0) throw needsFixing('site', problems);
    },
  };
}

/** The pages the site builds itself, and the words it shows on many pages, from content/site/. */
const sitePage = <Schema extends z.ZodType>(collection: SiteCollection, schema: Schema) =>
  defineCollection({ loader: siteFile(collection, [realDatesOnly]), schema });

/** Dates in a YAML file that YAML would silently roll over, by file, as realDatesOnly does for frontmatter. */
const realDatesInData: ContentCheck = async ({ store, config }) => {
  const problems: string[] = [];
  for (const entry of store.values()) {
    if (!entry.filePath) continue;
    const source = await readFile(fileURLToPath(new URL(entry.filePath, config.root)), 'utf8');
    problems.push(...findImpossibleDates(`---\n${source}\n---\n`).map((problem) => `${entry.filePath}: ${problem}`));
  }
  return problems;
};

/**
 * content/events/: one YAML file per event, on an association's own site
 * (the general guide has no such folder, and needs none). The files are
 * checked as the pages' are, then read with the event schema; a build whose
 * events are all over says so, since the site then has no events page.
 */
function eventsLoader(): Loader {
  const base = `${CONTENT_DIR}/${EVENTS_FOLDER}`;
  const files = glob({ pattern: ['*.{yaml,yml}', '!_*'], base });
  return {
    name: 'checked-events',
    async load(context) {
      if (existsSync(base)) {
        const problems = await filesProblems(base, '**/*.{yaml,yml}', false);
        const names = new Map<string, string>();
        for await (const path of listFiles('*.{yaml,yml}', { cwd: base, exclude: (name) => /^[_.]/.test(name) })) {
          const badName = eventFileNameProblem(path);
          if (badName) problems.push(`${base}/${path}: ${badName}`);
          const stem = path.replace(/\.ya?ml$/, '');
          const other = names.get(stem);
          if (other) problems.push(`${base}/${other} and ${path} are one event twice: keep one and delete the other`);
          names.set(stem, path);
        }
        if (problems.length > 0) throw needsFixing(EVENTS_FOLDER, problems);
        await files.load(context);
        for (const check of [visibleTextOnly, realDatesInData]) problems.push(...(await check(context)));
        if (!association && context.store.keys().length > 0) {
          problems.push(
            `${base}: events are an association's own, and there is no ${CONTENT_DIR}/${ASSOCIATION_FILE}: add the association's file (see "Make it yours" in the README), or remove the folder`,
          );
        }
        if (problems.length > 0) throw needsFixing(EVENTS_FOLDER, problems);
      } else {
        // Events kept from an earlier run (Astro's data store) would outlive a folder deleted since.
        context.store.clear();
      }
      const upcoming = context.store.values().filter((entry) => isUpcoming(entry.data as { end: Date }, BUILD_DAY));
      if (association && upcoming.length === 0) {
        context.logger.warn(
          `No event in ${base}/ ends on or after ${BUILD_DAY.toISOString().slice(0, 10)}, the day of this build, so the site has no events page and lists no events. Add the association's next events there (see the editors' guide, content/README.md).`,
        );
      }
    },
  };
}

const benefits = defineCollection({
  loader: checkedGlob('benefits', [realDatesOnly, relatedBenefitsExist, oneSourceOfQuestions]),
  schema: benefitSchema(reference('benefits')),
});

const pages = defineCollection({
  loader: checkedGlob('pages', [realDatesOnly, oneSourceOfQuestions]),
  schema: pageSchema,
});

/** content/roles/<audience>.mdx: the introduction of each audience's page, /for/<audience>/. */
const roles = defineCollection({
  loader: checkedGlob('roles', [realDatesOnly, onePagePerAudience]),
  schema: roleSchema,
});

export const collections = {
  benefits,
  pages,
  roles,
  home: sitePage('home', SITE_FILE_SCHEMAS.home),
  benefitList: sitePage('benefitList', SITE_FILE_SCHEMAS.benefitList),
  searchPage: sitePage('searchPage', SITE_FILE_SCHEMAS.searchPage),
  notFound: sitePage('notFound', SITE_FILE_SCHEMAS.notFound),
  valuePage: sitePage('valuePage', SITE_FILE_SCHEMAS.valuePage),
  letterPage: sitePage('letterPage', SITE_FILE_SCHEMAS.letterPage),
  eventsPage: sitePage('eventsPage', SITE_FILE_SCHEMAS.eventsPage),
  events: defineCollection({ loader: eventsLoader(), schema: eventSchema(association?.dues?.currency) }),
  siteText: defineCollection({ loader: siteFile('siteText'), schema: SITE_FILE_SCHEMAS.siteText }),
  letter: defineCollection({ loader: siteFile('letter'), schema: SITE_FILE_SCHEMAS.letter }),
};
