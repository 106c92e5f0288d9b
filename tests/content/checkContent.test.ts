import { spawnSync } from 'node:child_process';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';

/* `npm run check:content` itself, on copies of content/ with one thing changed. */

let workDir: string;

beforeAll(async () => {
  workDir = await mkdtemp(join(tmpdir(), 'check-content-'));
});

afterAll(async () => {
  await rm(workDir, { recursive: true, force: true });
});

async function contentWith(name: string, change?: (files: { benefit: string }) => Promise<void>): Promise<string> {
  const dir = join(workDir, name);
  await cp('content', dir, { recursive: true });
  await change?.({ benefit: join(dir, 'benefits', 'training.mdx') });
  return dir;
}

const check = (contentDir: string, ...args: string[]) =>
  spawnSync(process.execPath, ['scripts/checkContent.ts', ...args], {
    env: { ...process.env, CONTENT_DIR: contentDir },
    encoding: 'utf8',
  });

describe('check:content', () => {
  test('passes the real content and reports each page’s grade', async () => {
    const result = check(await contentWith('real'), '--today=2026-11-28');
    expect(result.status, result.stdout).toBe(0);
    expect(result.stdout).toMatch(/✓ .*training\.mdx: grade \d+\.\d/);
    expect(result.stdout).toContain("✓ src/strings.ts: the interface's words");
    expect(result.stdout).toContain('No page is overdue for review on 2026-11-28.');
  });

  test('lists pages overdue for review without failing', async () => {
    const result = check(await contentWith('overdue'), '--today=2028-01-15');
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/Pages overdue for review on 2028-01-15[\s\S]*training\.mdx: review was due 2027-12-02/);
  });

  test('fails a benefit page written above grade 9, naming it', async () => {
    const dir = await contentWith('hard', async ({ benefit }) => {
      const hard = await readFile('tests/fixtures/writing/hard.mdx', 'utf8');
      const body = hard.replace(/^---[\s\S]*?---\n/, '');
      const frontmatter = /^---\n[\s\S]*?\n---\n/.exec(await readFile(benefit, 'utf8'))?.[0] ?? '';
      await writeFile(benefit, `${frontmatter}\n${body}`);
    });
    const result = check(dir);
    expect(result.status).toBe(1);
    expect(result.stdout).toMatch(/✗ .*training\.mdx: grade \d+[\s\S]*above the limit of 9/);
  });

  test('fails a published page that still has placeholder text', async () => {
    const dir = await contentWith('placeholder', async ({ benefit }) => {
      await writeFile(benefit, `${await readFile(benefit, 'utf8')}\nReplace with a few short paragraphs.\n`);
    });
    const result = check(dir);
    expect(result.status).toBe(1);
    expect(result.stdout).toContain('placeholder(s) starting "Replace with" are still there');
  });

  test('fails a promise word, a British form and a sentence said twice, naming the file and the line', async () => {
    const dir = await contentWith('wording', async ({ benefit }) => {
      const source = await readFile(benefit, 'utf8');
      const lead = /^lead: (.*)$/m.exec(source)?.[1] ?? '';
      await writeFile(
        benefit,
        source.replace(/^title: .*$/m, 'title: Training that will always pay off') + `\n${lead}\n\nWhilst you learn, organise your notes.\n`,
      );
    });
    const result = check(dir);
    expect(result.status).toBe(1);
    const lines = (await readFile(join(dir, 'benefits', 'training.mdx'), 'utf8')).split('\n');
    const lineOf = (start: string) => lines.findIndex((line) => line.startsWith(start)) + 1;
    const file = join(dir, 'benefits', 'training.mdx');
    expect(result.stdout).toContain(`${file}:${lineOf('title:')}: "will" promises`);
    expect(result.stdout).toContain(`${file}:${lineOf('title:')}: "always" promises`);
    expect(result.stdout).toContain(`${file}:${lineOf('title:')}: "pay off" promises`);
    expect(result.stdout).toContain(`${file}:${lineOf('Whilst')}: "Whilst" is British English: write while`);
    expect(result.stdout).toContain(`${file}:${lineOf('Whilst')}: "organise" is British English: write "organize"`);
    expect(result.stdout).toMatch(new RegExp(`${file}:${lines.length - 3}: repeats the sentence on line ${lineOf('lead:')}`));
  });

  test('checks the site’s own pages and words in content/site/, YAML files among them', async () => {
    const dir = await contentWith('site', async () => {
      const letter = join(workDir, 'site', 'site', 'letter.yaml');
      await writeFile(letter, (await readFile(letter, 'utf8')).replace('Kind regards,', 'Kind regards, and I will always remember it,'));
    });
    const result = check(dir, '--today=2026-11-28');
    expect(result.stdout).toMatch(/✓ .*site\/home\.mdx: grade \d+\.\d/);
    expect(result.stdout).toMatch(/✓ .*site\/site\.yaml: grade \d+\.\d/);
    expect(result.stdout).toMatch(/✗ .*site\/letter\.yaml: grade/);
    expect(result.stdout).toMatch(/site\/letter\.yaml:\d+: "will" promises/);
  });

  test('an association’s file is data: no reading grade, but its sentences keep the wording rules', async () => {
    const dir = await contentWith('association', async () => {
      const file = join(workDir, 'association', 'site', 'association.yaml');
      await cp('examples/example-valley/site/association.yaml', file);
      await writeFile(file, (await readFile(file, 'utf8')).replace('Enrolled in', 'You will always be enrolled in'));
    });
    const result = check(dir, '--today=2026-11-28');
    expect(result.stdout).toMatch(/✗ .*site\/association\.yaml: grade/);
    expect(result.stdout).toMatch(/site\/association\.yaml:\d+: "will" promises/);
    expect(result.stdout).not.toMatch(/association\.yaml.*above the limit/);
  });

  test('names a file whose frontmatter YAML cannot read', async () => {
    const dir = await contentWith('yaml', async () => {
      await cp('tests/fixtures/bad-content/colon-without-quotes.mdx', join(workDir, 'yaml', 'benefits', 'colon.mdx'));
    });
    const result = check(dir);
    expect(result.status).toBe(1);
    expect(result.stdout).toMatch(/✗ .*colon\.mdx: the frontmatter cannot be read: .*must be in quotes/);
  });

  test('refuses a --today that is not a date', async () => {
    const result = check(await contentWith('bad-today'), '--today=someday');
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('--today=someday is not a date');
  });
});
