/**
 * `npm run check:content`: a plain-language and freshness report on every
 * content file. It fails on what harms readers (a benefit page above the
 * reading grade limit, an image without alt text, a skipped heading level,
 * vague link text) and lists pages overdue for review without failing.
 * Options: `--today=YYYY-MM-DD` (for tests), CONTENT_DIR (another content folder).
 */
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { readFrontmatter } from '../src/lib/contentChecks/readFrontmatter.ts';
import { MAX_GRADE, placeholdersLeft, reviewStatus, reviewWriting } from '../src/lib/contentChecks/plainLanguage.ts';
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

for (const folder of ['benefits', 'pages', 'roles']) {
  const names = (await readdir(join(CONTENT_DIR, folder)).catch(() => [] as string[]))
    .filter((name) => /\.mdx?$/.test(name) && !name.startsWith('_'))
    .sort();
  for (const name of names) {
    const file = join(CONTENT_DIR, folder, name);
    checked++;
    const source = await readFile(file, 'utf8');
    const read = readFrontmatter(source);
    if ('error' in read) {
      console.log(`✗ ${file}: the frontmatter cannot be read: ${read.error}`);
      failures++;
      continue;
    }
    const data = read.data as Frontmatter;
    const shownText = [
      data.lead ?? '',
      ...(data.keyPoints ?? []),
      ...Object.values(data.whyItMatters ?? {}),
      data.caseForEmployer ?? '',
      ...(data.questions ?? []).flatMap((pair) => [pair.question ?? '', pair.answer ?? '']),
    ];
    const findings = reviewWriting(source, shownText, folder === 'pages' ? {} : { gradeLimit: MAX_GRADE });
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
  console.error(`No content files found in ${CONTENT_DIR}/benefits or ${CONTENT_DIR}/pages: nothing was checked.`);
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
