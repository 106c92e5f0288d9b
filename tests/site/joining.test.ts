import { beforeAll, describe, expect, inject, test } from 'vitest';
import { EXAMPLE_ASSOCIATION, TEST_BASE_PATH } from '../support/buildSite.ts';
import { type BuiltPage, builtPageAt, loadBuiltPages, textOf } from '../support/builtSite.ts';

/*
 * Joining: in the general guide every join box leads to the site's own
 * how-to page; on the example association's site (the second tested build)
 * to the association's join page, with its dues on the join page and, on a
 * role page, the category its readers usually join in.
 */
let guide: BuiltPage[];
let own: BuiltPage[];

beforeAll(() => {
  guide = loadBuiltPages(inject('distDir'));
  own = loadBuiltPages(inject('baseDistDir'));
});

const page = builtPageAt;
const text = textOf;
/** The button of each "Ready to join?" box on a page. */
const joinButtons = (built: BuiltPage) =>
  [...built.document.querySelectorAll('main h2, main section[aria-label]')]
    .filter((element) => text(element).startsWith('Ready to join?'))
    .map((element) => (element.tagName === 'H2' ? element.parentElement : element)?.querySelector('a[href]'));

describe('in the general guide', () => {
  test('every join box leads to the how-to-join page, and no page shows dues', () => {
    const buttons = guide.flatMap(joinButtons);
    expect(buttons.length).toBeGreaterThan(10);
    for (const button of buttons) expect(button?.getAttribute('href')).toBe('/join/');
    for (const built of guide)
      expect(built.document.querySelector('[data-association-dues]'), built.urlPath).toBeNull();
  });
});

describe('on an association’s own site', () => {
  test('every join box leads to the association’s join page, in its short name', () => {
    const buttons = own.flatMap(joinButtons);
    expect(buttons.length).toBeGreaterThan(10);
    for (const button of buttons) {
      expect(button?.getAttribute('href')).toBe(EXAMPLE_ASSOCIATION.joinUrl);
      expect(text(button)).toBe('Join EVLA →');
    }
  });

  test('the join page lists its dues, each category with its price and who it is for, and when they were checked', () => {
    const join = page(own, '/join/').document;
    const rows = [...join.querySelectorAll('[data-association-dues] tbody tr')].map((row) =>
      [...row.children].map((cell) => text(cell)),
    );
    expect(rows).toEqual([
      ['Student', '$25', 'Enrolled in a library or information science program.'],
      ['Support staff', '$40', 'Working in a library in a role that does not need a library degree.'],
      ['Librarian', '$75', 'Working as a librarian, or in a role that needs a library degree.'],
    ]);
    expect(text(join.querySelector('[data-association-dues]'))).toContain(
      'EVLA listed these yearly dues on November 15, 2026.',
    );
    const contents = [...join.querySelectorAll('nav[aria-labelledby="on-this-page"] a')].map((link) =>
      link.getAttribute('href'),
    );
    expect(contents[0]).toBe('#association-dues');
  });

  test('a role page names the category its readers usually join in; one without a category does not', () => {
    expect(text(page(own, '/for/students/').document.querySelector('main'))).toContain(
      'At EVLA, people like you usually join as Student: $25 a year, as listed on November 15, 2026.',
    );
    expect(text(page(own, '/for/trustees-and-volunteers/').document.querySelector('main'))).not.toContain(
      'usually join as',
    );
  });

  test('is built under the tests’ base path, with the join page inside it', () => {
    expect(page(own, '/join/').document.querySelector(`link[rel="canonical"]`)?.getAttribute('href')).toContain(
      `${TEST_BASE_PATH}join/`,
    );
  });
});
