import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { mdxFromFile, mdxToFile, SOURCE_KEY, yamlFromFile, yamlToFile } from '../../src/lib/cms/cmsFormat.ts';

/*
 * The browser editor reads and writes files with src/lib/cms/cmsFormat.ts,
 * the code src/client/cmsBoot.ts registers with Decap. Opening and saving
 * any content file without a change must leave it byte for byte as it was,
 * and a change to one field must change only that field's line.
 */

const editable = ['benefits', 'pages', 'roles', 'site'].flatMap((folder) =>
  readdirSync(join('content', folder))
    .filter((name) => /\.(?:mdx|yaml)$/.test(name) && !name.startsWith('_'))
    .map((name) => `content/${folder}/${name}`),
);

const read = (file: string) => (file.endsWith('.yaml') ? yamlFromFile : mdxFromFile)(readFileSync(file, 'utf8'));
const write = (file: string, data: Record<string, unknown>) => (file.endsWith('.yaml') ? yamlToFile : mdxToFile)(data);

/** The numbers of the lines that differ between two texts of the same length in lines. */
function changedLines(before: string, after: string): number[] {
  const a = before.split('\n');
  const b = after.split('\n');
  expect(b.length).toBe(a.length);
  return a.flatMap((line, index) => (line === b[index] ? [] : [index + 1]));
}

describe('the editor keeps every content file as it is', () => {
  test('there are files to check in every folder', () => {
    for (const folder of ['benefits', 'pages', 'roles', 'site']) {
      expect(editable.some((file) => file.startsWith(`content/${folder}/`))).toBe(true);
    }
  });

  test.each(editable)('%s: opened and saved without a change, byte for byte', (file) => {
    expect(write(file, read(file))).toBe(readFileSync(file, 'utf8'));
  });

  test.each(editable.filter((file) => file.endsWith('.mdx')))('%s: a new lead changes that line only', (file) => {
    const data = read(file);
    if (typeof data['lead'] !== 'string') return;
    const before = readFileSync(file, 'utf8');
    const after = write(file, { ...data, lead: 'A new lead paragraph, long enough for the schema to take it.' });
    const lines = changedLines(before, after);
    expect(lines).toHaveLength(1);
    expect(after.split('\n')[(lines[0] ?? 0) - 1]).toBe(
      'lead: A new lead paragraph, long enough for the schema to take it.',
    );
  });

  test('the text below the frontmatter, building blocks and all, is kept exactly', () => {
    const file = 'content/pages/join.mdx';
    const text = readFileSync(file, 'utf8');
    const { body } = read(file);
    expect(typeof body).toBe('string');
    expect(text.endsWith(body as string)).toBe(true);
    expect(body).toMatch(/<[A-Z]\w+/);
  });

  test('comments in site.yaml survive a change to a field', () => {
    const file = 'content/site/site.yaml';
    const data = read(file) as { footer: { privacy: string } } & Record<string, unknown>;
    const after = write(file, { ...data, footer: { ...data.footer, privacy: 'No tracking and no cookies, ever.' } });
    expect(changedLines(readFileSync(file, 'utf8'), after)).toHaveLength(1);
    expect(after).toContain('# Words the site shows on many pages.');
  });

  test('a change to one nested field leaves the lines beside it, quotes and all, as they were', () => {
    const file = 'content/site/site.yaml';
    const data = read(file) as { publisher: Record<string, string> } & Record<string, unknown>;
    const notPublished = 'This site is a general guide, published by no association.';
    const after = write(file, { ...data, publisher: { ...data.publisher, notPublished } });
    expect(changedLines(readFileSync(file, 'utf8'), after)).toHaveLength(1);
    expect(after).toContain(`  notPublished: ${notPublished}\n`);
  });

  test('a line emptied inside a field (one audience of "Why it matters") is removed, and only that line', () => {
    const file = 'content/benefits/advocacy.mdx';
    const data = read(file) as { whyItMatters: Record<string, string> } & Record<string, unknown>;
    const before = readFileSync(file, 'utf8').split('\n');
    const after = write(file, { ...data, whyItMatters: { ...data.whyItMatters, managers: '' } }).split('\n');
    expect(before.filter((line) => !after.includes(line))).toEqual([`  managers: ${data.whyItMatters['managers']}`]);
    expect(after).toHaveLength(before.length - 1);
  });

  test('a new file is written in the style of the others, with no folded lines and no kept source', () => {
    const long =
      'A sentence that is much longer than eighty characters, so that a YAML writer with default settings would fold it.';
    const text = mdxToFile({
      title: 'Run a book club',
      lead: long,
      audiences: ['students', 'managers'],
      related: [],
      body: '## Start\n\n<Callout>Keep it.</Callout>\n',
    });
    expect(text).toBe(
      `---\ntitle: Run a book club\nlead: ${long}\naudiences:\n  - students\n  - managers\n---\n\n## Start\n\n<Callout>Keep it.</Callout>\n`,
    );
    expect(text).not.toContain(SOURCE_KEY);
  });

  test('an optional field the editor leaves empty is not written', () => {
    const file = 'content/benefits/training.mdx';
    const data = read(file);
    expect(write(file, { ...data, questions: [], draft: undefined })).toBe(readFileSync(file, 'utf8'));
  });
});
