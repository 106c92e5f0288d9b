import { HtmlValidate } from 'html-validate';
import { beforeAll, describe, expect, inject, test } from 'vitest';
import { SITE_FILE_SCHEMAS } from '../../src/lib/content/siteTextSchemas.ts';
import { composeLetter, letterDefaults } from '../../src/lib/letter/composeLetter.ts';
import { readAssociation } from '../../src/lib/site/associationSchema.ts';
import { EXAMPLE_ASSOCIATION, TEST_BASE_PATH } from '../support/buildSite.ts';
import { type BuiltPage, builtPageAt as page, loadBuiltPages, textOf as text } from '../support/builtSite.ts';
import { readFrontmatter } from '../support/contentFiles.ts';
import { brotliFileSizeOf, stylesheets } from '../support/pageWeight.ts';
import { letterWords } from '../support/siteText.ts';

/*
 * The two tools on the example association's site (the second tested build): the calculator lists its dues
 * categories, and the letter names it and its next conference, in the editors' words (content/site/value.mdx,
 * letter.yaml). In the general guide (the first build) neither changes.
 */
const words = SITE_FILE_SCHEMAS.valuePage.parse(readFrontmatter('content/site/value.mdx'));
const letter = letterWords();
const association = readAssociation(EXAMPLE_ASSOCIATION.folder, EXAMPLE_ASSOCIATION.folder);
if (!association?.dues || !association.shortName) throw new Error('The example association lists its dues');
const { dues, shortName } = association;
/** Its one conference to come on the build's day (examples/example-valley/events/). */
const CONFERENCE = { title: 'Example Valley Spring Conference 2027', dates: 'April 15\u2009–\u200916, 2027' };

let own: BuiltPage[];
let guide: BuiltPage[];
beforeAll(() => {
  own = loadBuiltPages(inject('baseDistDir'));
  guide = loadBuiltPages(inject('distDir'));
});

describe('the value calculator', () => {
  test('on the association’s site, lists its categories with their dues, which the script puts in the dues field', () => {
    const { document } = page(own, '/value/');
    const list = document.querySelector('select#value-category');
    expect(text(document.querySelector('label[for="value-category"]'))).toBe(words.association.categoryLabel);
    expect([...(list?.querySelectorAll('option') ?? [])].map((option) => [option.value, text(option)])).toEqual([
      ['', words.association.noCategory],
      ['25', 'Student: $25 a year'],
      ['40', 'Support staff: $40 a year'],
      ['75', 'Librarian: $75 a year'],
    ]);
    expect(dues.categories.map((category) => category.amount)).toEqual([25, 40, 75]);
    // The calculator starts in the dues' currency.
    expect(document.querySelector('#value-currency option[selected]')?.getAttribute('value')).toBe(dues.currency);
  });

  test('on the association’s site, its words do not send the visitor to find the prices', () => {
    const { document } = page(own, '/value/');
    const intro = text(document.querySelector('[data-tool-page]'));
    expect(intro).toContain(words.association.lead.replace('{association}', shortName));
    expect(intro).toContain(words.association.formIntro);
    expect(intro).not.toContain(words.lead);
    expect(intro).not.toContain(words.formIntro);
  });

  test('in the general guide, lists no categories and keeps its own words', () => {
    const { document } = page(guide, '/value/');
    expect(document.querySelector('#value-category, #value-currency option[selected]')).toBeNull();
    const intro = text(document.querySelector('[data-tool-page]'));
    expect(intro).toContain(words.lead);
    expect(intro).toContain(words.formIntro);
    expect(intro).not.toContain(words.association.formIntro);
  });
});

describe('the letter to an employer', () => {
  test('on the association’s site, names it and its next conference, with its dates', () => {
    const { document } = page(own, '/make-the-case/');
    const defaults = letterDefaults(letter, EXAMPLE_ASSOCIATION.name, CONFERENCE);
    const template = document.querySelector('[data-letter-template]')?.textContent ?? '';
    expect(template).toBe(composeLetter(letter, {}, [], defaults));
    expect(template).toContain(`my membership of ${EXAMPLE_ASSOCIATION.name} for the coming year`);
    expect(template).not.toContain(`[${letter.blanks.association}]`);
    // The form's script gets both from the form, and names the conference when the visitor asks for one.
    const form = document.querySelector('[data-letter-form]');
    expect(form?.getAttribute('data-association')).toBe(EXAMPLE_ASSOCIATION.name);
    expect(form?.getAttribute('data-conference')).toBe(`${CONFERENCE.title} (${CONFERENCE.dates})`);
  });

  test('in the general guide, names no association and no conference', () => {
    const { document } = page(guide, '/make-the-case/');
    expect(document.querySelector('[data-letter-template]')?.textContent).toBe(composeLetter(letter, {}, []));
    expect(document.querySelector('[data-association], [data-conference]')).toBeNull();
  });
});

describe('both tools on the association’s site, as the other pages are checked', () => {
  const tools = ['/value/', '/make-the-case/'];

  test('are valid HTML, by html-validate’s recommended and accessibility rules', async () => {
    const validator = new HtmlValidate({ extends: ['html-validate:recommended', 'html-validate:a11y'] });
    for (const path of tools) {
      const report = await validator.validateString(page(own, path).html);
      const problems = report.results.flatMap((result) =>
        result.messages.map((message) => `${message.ruleId}: ${message.message}`),
      );
      expect(problems, path).toEqual([]);
    }
  });

  test('each fits in the first round trip with its stylesheets: 14,600 bytes brotli', () => {
    const inSite = (url: string) => `/${url.slice(TEST_BASE_PATH.length)}`;
    for (const path of tools) {
      const built = page(own, path);
      const bytes = [path, ...stylesheets(built).map(inSite)].reduce(
        (sum, url) => sum + brotliFileSizeOf(inject('baseDistDir'), url),
        0,
      );
      expect(bytes, path).toBeLessThanOrEqual(10 * 1460);
    }
  });
});
