/**
 * `npm run check:content`: a plain-language and freshness report on every
 * content file, the site's own pages and words in content/site/ among them,
 * and on the interface's words in src/strings.ts. It fails on what harms
 * readers (a page above the reading grade limit, an image without alt text,
 * a skipped heading level, vague link text, a promise word, a British form, a
 * sentence said twice on a page), naming the file and the line, and lists
 * pages overdue for review without failing.
 * Options: `--today=YYYY-MM-DD` (for tests), CONTENT_DIR (another content folder).
 */
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import * as strings from '../src/strings.ts';
import { MAX_GRADE, placeholdersLeft, reviewStatus, reviewWriting } from '../src/lib/writingCheck/plainLanguage.ts';
import { readPage } from '../src/lib/writingCheck/readPage.ts';
import { reviewInterfaceWords, reviewWording } from '../src/lib/writingCheck/reviewWording.ts';
import { CONTENT_DIR } from '../src/lib/site/contentDir.ts';

const todayArgument = process.argv.find((argument) => argument.startsWith('--today='))?.slice('--today='.length);
const today = todayArgument ? new Date(`${todayArgument}T00:00:00Z`) : new Date();
if (Number.isNaN(today.getTime())) {
  console.error(`--today=${todayArgument} is not a date: use the form --today=2026-11-28`);
  process.exit(1);
}
const isoDay = (date: Date) => date.toISOString().slice(0, 10);

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
    const page = readPage(file, source);
    if ('error' in page) {
      console.log(`✗ ${file}: ${page.error}`);
      failures++;
      continue;
    }
    const { data } = page;
    // Every page reads at grade 9 or below, the site's own among them. The association's file is data (names,
    // addresses, prices): a grade means nothing there, but its sentences keep the wording rules.
    const isData = folder === 'site' && name === 'association.yaml';
    const findings = reviewWriting(page, { gradeLimit: isData ? Infinity : MAX_GRADE, ownFile: folder === 'site' });
    findings.errors.push(...reviewWording(page));
    const placeholders = placeholdersLeft(source);
    if (placeholders > 0 && data['draft'] !== true) {
      findings.errors.push({
        message: `${placeholders} placeholder(s) starting "Replace with" are still there: write the real text, or set draft: true`,
      });
    }
    const at = (line: number | undefined) => (line === undefined ? '' : `${file}:${line}: `);
    const marker = findings.errors.length > 0 ? '✗' : '✓';
    console.log(`${marker} ${file}: grade ${findings.grade.toFixed(1)}${data['draft'] === true ? ' (draft)' : ''}`);
    for (const { line, message } of findings.errors) console.log(`    error: ${at(line)}${message}`);
    for (const { line, message } of findings.warnings) console.log(`    note: ${at(line)}${message}`);
    failures += findings.errors.length;

    const lastReviewed = data['lastReviewed'];
    const reviewed =
      typeof lastReviewed === 'string' ? new Date(`${lastReviewed}T00:00:00Z`) : (lastReviewed as Date | undefined);
    if (reviewed instanceof Date && !Number.isNaN(reviewed.getTime())) {
      const every = typeof data['reviewEveryMonths'] === 'number' ? data['reviewEveryMonths'] : 12;
      const status = reviewStatus(reviewed, every, today);
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

// The interface's words are outside content/, and held to the same wording rules.
const interfaceProblems = reviewInterfaceWords(strings);
console.log(`${interfaceProblems.length > 0 ? '✗' : '✓'} src/strings.ts: the interface's words`);
for (const problem of interfaceProblems) console.log(`    error: src/strings.ts: ${problem}`);
failures += interfaceProblems.length;

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
