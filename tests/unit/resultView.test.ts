import { describe, expect, test } from 'vitest';
import { resultUrl, resultView } from '../../src/lib/search/resultView.ts';

describe('resultUrl', () => {
  test('asks the page to highlight the words found, and opens at a heading if given', () => {
    expect(resultUrl('/benefits/advocacy/', ['senator', 'continuing education'])).toBe(
      '/benefits/advocacy/?highlight=senator&highlight=continuing+education',
    );
    expect(resultUrl('/join/', ['fees'], 'what-membership-usually-involves')).toBe(
      '/join/?highlight=fees#what-membership-usually-involves',
    );
    expect(resultUrl('/library-benefits/about/', [])).toBe('/library-benefits/about/');
  });
});

describe('resultView', () => {
  const content =
    'Grow as a leader Members learn to lead. Learn from a mentor. A mentor helps you settle in. Grow at a minimal cost. Ask what mentoring costs.';
  const words = content.split(' ');
  const at = (word: string, from = 0) => words.indexOf(word, from);
  const anchors = [
    { element: 'h2', id: 'learn-from-a-mentor', location: at('Learn'), text: 'Learn from a mentor' },
    { element: 'h2', id: 'grow-at-a-minimal-cost', location: at('Grow', 1), text: 'Grow at a minimal cost' },
  ];
  const text = { url: '/benefits/growth/', content, anchors, meta: { title: 'Grow as a leader', icon: 'development' } };

  test('shows the title, an excerpt after it, and the sections with matches other than the excerpt’s', () => {
    const mentor = [at('mentor.'), at('mentor', at('mentor.') + 1), at('mentoring')];
    const view = resultView(text, { id: 'x', held: 1, score: 1, locations: mentor, found: ['mentor'] });
    expect(view.title).toBe('Grow as a leader');
    expect(view.icon).toBe('development');
    expect(view.url).toBe('/benefits/growth/?highlight=mentor');
    expect(view.excerpt[0]).toEqual({ text: 'Learn from a ', marked: false });
    expect(view.sections.map((section) => [section.title, section.url])).toEqual([
      ['Grow at a minimal cost', '/benefits/growth/?highlight=mentor#grow-at-a-minimal-cost'],
    ]);
    expect(view.sections[0]?.excerpt.map((piece) => piece.text).join('')).toBe('Ask what mentoring costs.');
  });

  test('a page found by its search terms alone shows its opening words, unmarked, and no sections', () => {
    const view = resultView(text, { id: 'x', held: 1, score: 1, locations: [], found: [] });
    expect(view.url).toBe('/benefits/growth/');
    expect(view.excerpt.every((piece) => !piece.marked)).toBe(true);
    expect(view.sections).toEqual([]);
  });
});
