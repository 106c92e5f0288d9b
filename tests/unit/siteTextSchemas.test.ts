import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, test } from 'vitest';
import { letterSchema, SITE_FILE_SCHEMAS, SITE_FILES, siteTextSchema } from '../../src/lib/content/siteTextSchemas.ts';
import { readFrontmatter } from '../support/contentFiles.ts';

const read = (file: string): unknown =>
  file.endsWith('.yaml')
    ? parse(readFileSync(`content/site/${file}`, 'utf8'))
    : readFrontmatter(`content/site/${file}`);
const issues = (result: { error?: { issues: { path: PropertyKey[]; message: string }[] } | undefined }) =>
  (result.error?.issues ?? []).map((issue) => `${issue.path.join('.')}: ${issue.message}`);

describe('content/site/', () => {
  test.each(Object.entries(SITE_FILES))('%s (%s) passes its schema', (collection, file) => {
    expect(issues(SITE_FILE_SCHEMAS[collection as keyof typeof SITE_FILE_SCHEMAS].safeParse(read(file)))).toEqual([]);
  });

  const letter = letterSchema.parse(read('letter.yaml'));
  const site = siteTextSchema.parse(read('site.yaml'));

  test('the letter needs {reasons} on a line of its own, and {request}', () => {
    const inline = letterSchema.safeParse({
      ...letter,
      letter: letter.letter.replace('\n{reasons}\n', '\nSee {reasons}.\n'),
    });
    expect(issues(inline)).toContain('letter: needs {reasons} on a line of its own, where the list of reasons goes');
    const withoutRequest = letterSchema.safeParse({ ...letter, letter: letter.letter.replace('{request}', 'it') });
    expect(issues(withoutRequest)).toContain('letter: needs {request} where the site fills it in');
  });

  test('a request may name only the association and the event', () => {
    const requests = {
      ...letter.requests,
      course: { ...letter.requests.course, request: 'me to take {event} with {manager}' },
    };
    expect(issues(letterSchema.safeParse({ ...letter, requests }))).toEqual([
      'requests.course.request: has {manager}, which the site cannot fill in: The parts it fills in here are {association}, {event}; anything else, write as words',
    ]);
  });

  test('a publisher sentence links to its address as a Markdown link, and names only what the settings give', () => {
    const publisher = (change: Partial<typeof site.publisher>) =>
      issues(siteTextSchema.safeParse({ ...site, publisher: { ...site.publisher, ...change } }));
    expect(publisher({ reportByContact: 'To report a mistake, write to {contact}.' })).toEqual([
      'publisher.reportByContact: has {contact}, an address: write it as the target of a link, such as [the words to click]({contact})',
    ]);
    expect(publisher({ reportByIssue: 'To report a mistake, open an issue.' })).toEqual([
      'publisher.reportByIssue: needs {issues} where the site fills it in, as a link: [the words to click]({issues})',
    ]);
    expect(publisher({ publishedBy: 'Published by {publsher}.' })[0]).toMatch(/did you mean \{publisher\}\?/);
  });

  test('a field that is missing, or a group of fields, is named with what to write', () => {
    expect(issues(siteTextSchema.safeParse({ ...site, footer: undefined }))).toEqual([
      'footer: is missing or is not a list of fields: under it, write the fields the footer uses, each on its own line',
    ]);
  });
});
