import { describe, expect, test } from 'vitest';
import { normalizeWord, queryConcepts, queryTokens } from '../../src/lib/search/queryWords.ts';
import { pagesToShow, rankPages, type AlternativeMatches } from '../../src/lib/search/rankPages.ts';
import { closestWord, isTruncatedMatch, prefixesToTry } from '../../src/lib/search/spelling.ts';

const SYNONYMS = [
  ['CV', 'résumé', 'resume', 'curriculum vitae'],
  ['CE', 'continuing education'],
  ['organisation', 'organization'],
];

const typed = (query: string) => queryConcepts(query, SYNONYMS).map((concept) => concept.typed);

describe('queryConcepts', () => {
  test('drops the words of how a question is asked, keeping what it is about', () => {
    expect(typed('how do I get cheaper journals')).toEqual(['cheaper', 'journals']);
    expect(typed('How can I meet my state senator?')).toEqual(['meet', 'state', 'senator']);
  });

  test('drops single letters and digits, which are no topic', () => {
    expect(typed('<img src=x onerror=alert(1)>')).toEqual(['img', 'src', 'onerror', 'alert']);
  });

  test('keeps a query made only of such words, as typed', () => {
    expect(typed('who are you')).toEqual(['who', 'are', 'you']);
  });

  test('brings the other words of a synonym group, the typed one first, without two that search alike', () => {
    expect(queryConcepts('cv tips', SYNONYMS)).toEqual([
      { typed: 'cv', alternatives: ['cv', 'résumé', 'curriculum vitae'] },
      { typed: 'tips', alternatives: ['tips'] },
    ]);
  });

  test('finds a phrase of the group in the query, and a plural of a word in it', () => {
    expect(queryConcepts('free Continuing Education courses', SYNONYMS)[1]).toEqual({
      typed: 'Continuing Education',
      alternatives: ['Continuing Education', 'CE'],
    });
    expect(queryConcepts('CVs', SYNONYMS)[0]?.alternatives).toContain('résumé');
    expect(queryConcepts('Résumé', SYNONYMS)[0]?.alternatives).toEqual(['Résumé', 'CV', 'curriculum vitae']);
  });

  test('asks once for a topic typed twice', () => {
    expect(typed('mentor mentor CV résumé')).toEqual(['mentor', 'CV']);
  });

  test("keeps a query in double quotes whole, for Pagefind's exact search", () => {
    expect(queryConcepts('"local conference"', SYNONYMS)).toEqual([
      { typed: '"local conference"', alternatives: ['"local conference"'] },
    ]);
  });

  test('reads words without the punctuation around them, and nothing from a query of none', () => {
    expect(queryTokens('C.V., (e-mail) — résumé!')).toEqual(['C.V', 'e-mail', 'résumé']);
    expect(normalizeWord('Résumé.')).toBe('resume');
    expect(queryConcepts('?!', SYNONYMS)).toEqual([]);
  });

  test('searches at most eight topics, however long the query', () => {
    expect(queryConcepts(Array.from({ length: 30 }, (_, i) => `word${i}`).join(' '))).toHaveLength(8);
  });
});

const match = (id: string, score: number, locations: number[] = [1]) => ({ id, score, locations });
const topic = (...alternatives: AlternativeMatches[]) => alternatives;

describe('rankPages', () => {
  test('puts pages holding more of the topics first, then by score', () => {
    const ranked = rankPages([
      topic({ alternative: 'meet', matches: [match('a', 1), match('b', 3)] }),
      topic({ alternative: 'senator', matches: [match('a', 2)] }),
    ]);
    expect(ranked.map((page) => [page.id, page.held, page.score])).toEqual([
      ['a', 2, 3],
      ['b', 1, 3],
    ]);
  });

  test('counts a topic once, with its best alternative, and remembers the words found in the text', () => {
    const [page] = rankPages([
      topic(
        { alternative: 'cv', matches: [match('a', 1, [])] },
        { alternative: 'résumé', matches: [match('a', 4, [7, 2])] },
      ),
    ]);
    expect(page).toEqual({ id: 'a', held: 1, score: 4, locations: [2, 7], found: ['résumé'] });
  });

  test('shows only the pages with every topic when at least three have them all', () => {
    const ranked = rankPages([
      topic({ alternative: 'x', matches: ['a', 'b', 'c', 'd'].map((id) => match(id, 1)) }),
      topic({ alternative: 'y', matches: ['a', 'b', 'c'].map((id) => match(id, 1)) }),
    ]);
    expect(pagesToShow(ranked, 2)).toEqual({ pages: ranked.slice(0, 3), withAll: 3 });
  });

  test('adds the pages with some of the topics, after them, when fewer have them all', () => {
    const ranked = rankPages([
      topic({ alternative: 'x', matches: [match('a', 1), match('b', 1)] }),
      topic({ alternative: 'y', matches: [match('a', 1)] }),
    ]);
    expect(pagesToShow(ranked, 2)).toEqual({ pages: ranked, withAll: 1 });
    expect(pagesToShow(rankPages([topic({ alternative: 'x', matches: [] })]), 1)).toEqual({ pages: [], withAll: 0 });
  });
});

describe('spelling', () => {
  test('tries ever shorter beginnings of a word, down to three letters', () => {
    expect(prefixesToTry('mentr')).toEqual(['ment', 'men']);
    expect(prefixesToTry('jounals')).toEqual(['jounal', 'jouna', 'joun', 'jou']);
    expect(prefixesToTry('cv')).toEqual([]);
    expect(prefixesToTry('m'.repeat(21))).toEqual([]);
  });

  test('suggests the closest word when it is close enough: one edit up to 7 letters, two beyond', () => {
    expect(closestWord('mentr', ['members', 'mentoring', 'mentor'])).toBe('mentor');
    expect(closestWord('legislater', ['legislators', 'legal'])).toBe('legislators');
    expect(closestWord('salary', ['sale', 'salaries'])).toBeUndefined();
    expect(closestWord('scholarship', ['school', 'schools'])).toBeUndefined();
  });

  test('tells a short word that a query word only starts with from a real match', () => {
    expect(isTruncatedMatch('password', ['pass'])).toBe(true);
    expect(isTruncatedMatch('mentorship', ['mentor,', 'Mentor'])).toBe(false);
    expect(isTruncatedMatch('conferance', ['conference'])).toBe(false);
    expect(isTruncatedMatch('mentor', ['mentoring'])).toBe(false);
    expect(isTruncatedMatch('cheaper', [])).toBe(false);
  });

  test('never suggests for very short words, the word itself or a stop word', () => {
    expect(closestWord('cvs', ['cv'])).toBeUndefined();
    expect(closestWord('mentor', ['Mentor'])).toBeUndefined();
    expect(closestWord('thew', ['they', 'thaw'])).toBe('thaw');
  });
});
