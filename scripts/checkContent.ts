/**
 * `npm run check:content`: a plain-language and freshness report on every
 * content file, the site's own pages and words in content/site/ among them.
 * It fails on what harms readers (a page above the reading grade limit, an
 * image without alt text, a skipped heading level, vague link text, a
 * promise word, a British form, a sentence said twice on a page), naming the
 * file and the line where it can, and lists pages overdue for review without
 * failing.
 * Options: `--today=YYYY-MM-DD` (for tests), CONTENT_DIR (another content folder).
 */
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { readFrontmatter } from '../src/lib/contentChecks/readFrontmatter.ts';
import yaml from 'js-yaml';
import { MAX_GRADE, placeholdersLeft, reviewStatus, reviewWriting } from '../src/lib/writingCheck/plainLanguage.ts';
import { reviewWording } from '../src/lib/writingCheck/reviewWording.ts';
import { textLines } from '../src/lib/writingCheck/textLines.ts';
import { CONTENT_DIR } from '../src/lib/site/contentDir.ts';

const todayArgument = process.argv.find((argument) => argument.startsWith('--today='))?.slice('--today='.length);
const today = todayArgument ? new Date(`${todayArgument}T00:00:00Z`) : new Date();
if (Number.isNaN(today.getTime())) {
  console.error(`--today=${todayArgument} is not a date: use the form --today=2026-11-28`);
  process.exit(1);
}
const isoDay = (date: Date) => date.toISOString().slice(0, 10);

interface Frontmatter {
  title?: string;
  lead?: string;
  keyPoints?: string[];
  whyItMatters?: Record<string, string>;
  caseForEmployer?: string;
  questions?: { question?: string; answer?: string }[];
  lastReviewed?: Date | string;
  reviewEveryMonths?: number;
  draft?: boolean;
}

let failures = 0;
let checked = 0;
const overdue: string[] = [];

for (const folder of ['benefits', 'pages', 'roles', 'site']) {
  const names = (await readdir(join(CONTENT_DIR, folder)).catch(() => [] as string[]))
    .filter((name) => /\.(?:mdx?|ya?ml)$/.test(name) && !name.startsWith('_'))
    .sort();
  for (const name of names) {
    const file = join(CONTENT_DIR, folder, name);
    checked++;
    const source = await readFile(file, 'utf8');
    const isData = /\.ya?ml$/.test(name);
    const read = isData ? readData(source) : readFrontmatter(source);
    if ('error' in read) {
      console.log(`✗ ${file}: the ${isData ? 'file' : 'frontmatter'} cannot be read: ${read.error}`);
      failures++;
      continue;
    }
    const data = read.data as Frontmatter;
    // The site's own pages and words (content/site/) show every field they have; other pages the fields listed.
    const shownText =
      folder === 'site'
        ? textLines(source, isData ? 'data' : 'page')
            .filter((line) => line.field !== undefined && line.field !== 'title' && line.field !== 'description')
            .map((line) => line.text)
        : [
            data.lead ?? '',
            ...(data.keyPoints ?? []),
            ...Object.values(data.whyItMatters ?? {}),
            data.caseForEmployer ?? '',
            ...(data.questions ?? []).flatMap((pair) => [pair.question ?? '', pair.answer ?? '']),
          ];
    // Every page reads at grade 9 or below, the site's own among them.
    const findings = reviewWriting(isData ? '' : source, shownText, { gradeLimit: MAX_GRADE });
    for (const { line, message } of reviewWording(source, isData ? 'data' : 'page')) {
      findings.errors.push(`${file}:${line}: ${message}`);
    }
    const placeholders = placeholdersLeft(source);
    if (placeholders > 0 && !data.draft) {
      findings.errors.push(
        `${placeholders} placeholder(s) starting "Replace with" are still there: write the real text, or set draft: true`,
      );
    }
    const marker = findings.errors.length > 0 ? '✗' : '✓';
    console.log(`${marker} ${file}: grade ${findings.grade.toFixed(1)}${data.draft ? ' (draft)' : ''}`);
    for (const error of findings.errors) console.log(`    error: ${error}`);
    for (const warning of findings.warnings) console.log(`    note: ${warning}`);
    failures += findings.errors.length;

    if (data.lastReviewed === undefined) continue;
    const reviewed =
      data.lastReviewed instanceof Date ? data.lastReviewed : new Date(`${String(data.lastReviewed)}T00:00:00Z`);
    if (!Number.isNaN(reviewed.getTime())) {
      const status = reviewStatus(reviewed, data.reviewEveryMonths ?? 12, today);
      if (status.overdue) {
        overdue.push(`${file}: review was due ${isoDay(status.due)} (${status.daysOverdue} days ago)`);
      }
    }
  }
}

if (checked === 0) {
  console.error(`No content files found in ${CONTENT_DIR}/benefits, pages, roles or site: nothing was checked.`);
  process.exit(1);
}

console.log('');
if (overdue.length > 0) {
  console.log(`Pages overdue for review on ${isoDay(today)} (check them, then update lastReviewed):`);
  for (const line of overdue) console.log(`  - ${line}`);
} else {
  console.log(`No page is overdue for review on ${isoDay(today)}.`);
}
if (failures > 0) {
  console.log(`\n${failures} problem(s) to fix before publishing.`);
  process.exitCode = 1;
} else {
  console.log('\nThe writing checks pass.');
}

/** A YAML data file (content/site/*.yaml) read like frontmatter: its fields, or why it cannot be read. */
function readData(source: string): { data: Record<string, unknown> } | { error: string } {
  try {
    const data = yaml.load(source) ?? {};
    return typeof data === 'object' && !Array.isArray(data)
      ? { data: data as Record<string, unknown> }
      : { error: 'the file is not a list of fields' };
  } catch (error) {
    return { error: error instanceof Error ? (error.message.split('\n')[0] ?? error.message) : String(error) };
  }
}
