import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { readPage, sentencesOf, type PageText } from '../../src/lib/writingCheck/readPage.ts';
import { repeatedSentences } from '../../src/lib/writingCheck/repeatedSentences.ts';
import { interfaceTexts, reviewInterfaceWords, reviewWording } from '../../src/lib/writingCheck/reviewWording.ts';
import { britishForms, promiseWords } from '../../src/lib/writingCheck/wordChoice.ts';
import * as strings from '../../src/strings.ts';

const read = (path: string, source: string): PageText => {
  const page = readPage(path, source);
  if ('error' in page) throw new Error(page.error);
  return page;
};
const fixture = read('wording.mdx', readFileSync('tests/fixtures/writing/wording.mdx', 'utf8'));
const words = (found: { word: string }[]) => found.map((finding) => finding.word);
/** Each sentence as [line, text]. */
const sentences = (page: PageText) => sentencesOf(page.blocks).map(({ line, text }) => [line, text]);

describe('the reader’s text, line by line', () => {
  test('frontmatter values on their own lines, by field; names, dates and settings left out', () => {
    const page = read(
      'page.mdx',
      '---\ntitle: A title\nicon: training\nkeyPoints:\n  - One point.\n  - "Two: points."\nlastReviewed: 2026-01-02\n---\n',
    );
    expect(page.blocks.map(({ lines, text, field }) => ({ line: lines[0], text, field }))).toEqual([
      { line: 2, text: 'A title', field: 'title' },
      { line: 5, text: 'One point.', field: 'keyPoints' },
      { line: 6, text: 'Two: points.', field: 'keyPoints' },
    ]);
    expect(page.data['lastReviewed']).toEqual(new Date('2026-01-02T00:00:00Z'));
  });

  test('the text below the frontmatter keeps its lines, without markup, links’ addresses or notes to editors', () => {
    const body = fixture.blocks.filter(({ field }) => field === undefined);
    expect(body.map(({ lines, text }) => [lines[0], text])).toEqual([
      [12, 'What you get'],
      [14, 'You will meet leaders. We guarantee it, and it always pays off.'],
      [16, 'You meet people who share your interests at a local conference.'],
      [19, 'Whilst you are there, organise a visit to the resource centre.'],
      [21, 'Do the sums for yourself'],
      [23, 'Ask what it costs.'],
      [29, 'Short sentences may repeat. Short sentences may repeat.'],
    ]);
  });

  test('a YAML data file is all values, a block of lines keeping each paragraph apart', () => {
    const page = read(
      'site.yaml',
      '# a comment\nfooter:\n  about: A guide.\nletter: |\n  Dear {manager},\n\n  Thank you.\n',
    );
    expect(sentences(page)).toEqual([
      [3, 'A guide.'],
      [5, 'Dear {manager},'],
      [7, 'Thank you.'],
    ]);
  });

  test('a wrapped paragraph is one sentence, starting on its first line; list items and headings stand alone', () => {
    const page = read(
      'page.mdx',
      '---\ntitle: T\n---\n## Heading\n\nOne sentence that\nwraps. And another.\n\n- An item\n- Another item\n',
    );
    expect(sentences(page)).toEqual([
      [2, 'T'],
      [4, 'Heading'],
      [6, 'One sentence that wraps.'],
      [7, 'And another.'],
      [9, 'An item'],
      [10, 'Another item'],
    ]);
  });

  test('a line is exact for a word deep in the file and for a value the frontmatter holds twice', () => {
    const said = 'You meet people who share your interests at a local conference.';
    const source = [
      '---',
      `# The lead says: ${said}`,
      `description: ${said}`,
      `lead: ${said}`,
      'title: Meet people',
      'keyPoints:',
      `  - ${said}`,
      '  - Local associations run courses',
      '    that will not cost much.',
      '---',
      ...Array.from({ length: 300 }, (_, index) => `\nParagraph ${index + 1} says something new.`),
      '',
      'A long sentence wraps here, and',
      'you will find the promise on its second line.',
      '',
    ].join('\n');
    const lines = source.split('\n');
    const lineOf = (text: string) => lines.indexOf(text) + 1;
    expect(reviewWording(read('page.mdx', source))).toEqual([
      // The description is shown elsewhere, so only the lead and key point count, each on its own line.
      {
        line: lineOf(`  - ${said}`),
        message: expect.stringContaining(`repeats the sentence on line ${lineOf(`lead: ${said}`)}`),
      },
      { line: lineOf('    that will not cost much.'), message: expect.stringMatching(/^"will" promises/) },
      {
        line: lineOf('you will find the promise on its second line.'),
        message: expect.stringMatching(/^"will" promises/),
      },
    ]);
    expect(lineOf('you will find the promise on its second line.')).toBe(613);
  });
});

describe('repeated sentences', () => {
  test('a sentence of eight words or more said again is reported, with the line it first stood on', () => {
    const said = 'You meet people who share your interests here.';
    expect(
      repeatedSentences([
        { line: 3, text: said },
        { line: 9, text: 'you meet people, who share your interests here' },
        { line: 12, text: 'Ask your association.' },
        { line: 14, text: 'Ask your association.' },
      ]),
    ).toEqual([{ line: 9, firstLine: 3, text: 'you meet people, who share your interests here' }]);
  });
});

describe('promise words', () => {
  test.each([
    ['You will meet leaders.', ['will']],
    ['You’ll meet leaders, and it won’t cost much.', ['You’ll', 'won’t']],
    ['It is guaranteed, and the guarantee always holds.', ['guaranteed', 'guarantee', 'always']],
    ['Joining pays off, and it paid off for me.', ['pays off', 'paid off']],
    ['You may be willing to help with the goodwill drive.', []],
  ])('%s', (text, found) => {
    const all = promiseWords(text);
    expect(words(all).sort()).toEqual([...found].sort());
    for (const finding of all)
      expect(text.slice(finding.index, finding.index + finding.word.length)).toBe(finding.word);
  });
});

describe('British forms', () => {
  test.each([
    ['Help organise the programme at the centre.', ['organise', 'programme', 'centre']],
    ['The organisation recognised your colour and behaviour.', ['organisation', 'recognised', 'colour', 'behaviour']],
    [
      'Ask about the mentoring scheme, your course leader or the careers service.',
      ['mentoring scheme', 'course leader', 'careers service'],
    ],
    ['Do the sums whilst you enquire about a licence.', ['Do the sums', 'whilst', 'enquire', 'licence']],
    ['Organize the program at the center, and license the catalog.', []],
    ['Advertise the exercise; a specialist may criticize with emphasis; we promise nothing.', []],
  ])('%s', (text, found) => {
    expect(words(britishForms(text)).sort()).toEqual([...found].sort());
  });

  test('says what to write instead', () => {
    expect(britishForms('organisation')[0]?.advice).toBe('write "organization": the site is in US English');
    expect(britishForms('the programme')[0]?.advice).toBe('write program: the site is in US English');
  });
});

test('reviewWording names the line of each problem, in frontmatter and text together', () => {
  expect(
    reviewWording(fixture).map(
      ({ line, message }) =>
        `${line}: ${message.replace(/ (?:promises|is British English).*$/, '').replace(/: ".*$/, '')}`,
    ),
  ).toEqual([
    '3: "will"',
    '3: "pay off"',
    '6: repeats the sentence on line 4',
    '7: "mentoring scheme"',
    '14: "will"',
    '14: "guarantee"',
    '14: "pays off"',
    '14: "always"',
    '16: repeats the sentence on line 4',
    '19: "organise"',
    '19: "centre"',
    '19: "Whilst"',
    '21: "Do the sums"',
  ]);
  // The description and whyItMatters show on other pages, so repeating the page there is no padding.
  expect(reviewWording(fixture).some(({ line }) => line === 9)).toBe(false);
});

test('a YAML data file is read as one page', () => {
  const source =
    'a: You meet people who share your interests at a local conference.\nb: You meet people who share your interests at a local conference.\nc: It will help.\n';
  expect(reviewWording(read('site.yaml', source)).map(({ line }) => line)).toEqual([2, 3]);
});

describe('the interface’s words (src/strings.ts)', () => {
  test('are read, all of them, words with a figure called with examples', () => {
    const texts = interfaceTexts(strings);
    expect(texts.length).toBeGreaterThan(100);
    expect(texts.map(({ path }) => path)).toContain('valueCalculatorText.netCosts()');
  });

  test('are held to the promise words and British forms, each named by where it is', () => {
    const found = reviewInterfaceWords({ form: { hint: 'You will love it.' }, count: (n: number) => `${n} colours` });
    expect(found.map((problem) => problem.replace(/ (?:promises|is British English).*$/, ''))).toEqual([
      'form.hint: "will"',
      'count(): "colours"',
    ]);
  });
});
