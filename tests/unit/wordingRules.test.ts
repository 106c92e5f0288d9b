import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { repeatedSentences } from '../../src/lib/writingCheck/repeatedSentences.ts';
import { reviewWording } from '../../src/lib/writingCheck/reviewWording.ts';
import { sentencesOfLines, textLines } from '../../src/lib/writingCheck/textLines.ts';
import { britishForms, promiseWords } from '../../src/lib/writingCheck/wordChoice.ts';

const fixture = readFileSync('tests/fixtures/writing/wording.mdx', 'utf8');
const words = (found: { word: string }[]) => found.map((finding) => finding.word);
const on = (text: string) => [{ line: 1, text }];

describe('the reader’s text, line by line', () => {
  test('frontmatter values on their own lines, by field; names, dates and settings left out', () => {
    const lines = textLines(
      '---\ntitle: A title\nicon: training\nkeyPoints:\n  - One point.\n  - "Two: points."\nlastReviewed: 2026-01-02\n---\n',
    );
    expect(lines.map(({ line, text, field }) => ({ line, text, field }))).toEqual([
      { line: 2, text: 'A title', field: 'title' },
      { line: 5, text: 'One point.', field: 'keyPoints' },
      { line: 6, text: 'Two: points.', field: 'keyPoints' },
    ]);
  });

  test('the text below the frontmatter keeps its lines, without markup, links’ addresses or notes to editors', () => {
    const lines = textLines(fixture).filter((line) => line.field === undefined);
    expect(lines.map(({ line, text }) => [line, text.trim()])).toEqual([
      [12, '## What you get'],
      [14, 'You will meet leaders. We guarantee it, and it always pays off.'],
      [16, 'You meet people who share your interests'],
      [17, 'at a local conference.'],
      [19, 'Whilst you are there, organise a visit to the resource centre.'],
      [21, 'Do the sums for yourself'],
      [23, 'Ask what it costs.'],
      [29, 'Short sentences may repeat. Short sentences may repeat.'],
    ]);
  });

  test('a YAML data file is all values, a block of lines keeping each line', () => {
    const lines = textLines(
      '# a comment\nfooter:\n  about: A guide.\nletter: |\n  Dear {manager},\n\n  Thank you.\n',
      'data',
    );
    expect(lines.map(({ line, text }) => [line, text.trim()])).toEqual([
      [3, 'A guide.'],
      [5, 'Dear {manager},'],
      [7, 'Thank you.'],
    ]);
  });

  test('a wrapped paragraph is one sentence, starting on its first line; list items and headings stand alone', () => {
    const sentences = sentencesOfLines(
      textLines(
        '---\ntitle: T\n---\n## Heading\n\nOne sentence that\nwraps. And another.\n\n- An item\n- Another item\n',
      ),
    );
    expect(sentences.map(({ line, text }) => [line, text])).toEqual([
      [2, 'T'],
      [4, 'Heading'],
      [6, 'One sentence that wraps.'],
      [7, 'And another.'],
      [9, 'An item'],
      [10, 'Another item'],
    ]);
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
    const all = promiseWords(on(text));
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
    expect(words(britishForms(on(text))).sort()).toEqual([...found].sort());
  });

  test('says what to write instead', () => {
    expect(britishForms(on('organisation'))[0]?.advice).toBe('write "organization": the site is in US English');
    expect(britishForms(on('the programme'))[0]?.advice).toBe('write program: the site is in US English');
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
  expect(reviewWording(source, 'data').map(({ line }) => line)).toEqual([2, 3]);
});
