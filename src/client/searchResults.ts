/*
 * The results listbox, and the search field as a combobox over it: each result is a page, then up to two
 * of its sections (resultView.ts decides which), copied from searchTemplates.html with the text put in as
 * text. The arrow keys move through the options while focus stays in the field, which names the chosen
 * one with aria-activedescendant; Enter opens it. The options themselves are not Tab stops.
 */
import { BENEFIT_ICON_PATHS, type BenefitIconName } from '../lib/icons/benefitIcons.ts';
import type { ExcerptPiece, ResultView } from '../lib/search/resultView.ts';
import { cloneTemplate, slot } from './cloneTemplate.ts';
import { searchStrings } from './searchStrings.ts';

/** Draws a benefit's icon into the template's empty <svg>, or removes it for a page without one. */
function showIcon(svg: SVGSVGElement, name: string | undefined): void {
  if (!name || !(name in BENEFIT_ICON_PATHS)) return svg.remove();
  for (const d of BENEFIT_ICON_PATHS[name as BenefitIconName]) {
    const path = document.createElementNS('http://www.w3.org/2000/svg', 'path');
    path.setAttribute('d', d);
    svg.append(path);
  }
}

/** Fills `into` with an excerpt's text, the words that matched the query marked. */
function showExcerpt(into: Element, pieces: readonly ExcerptPiece[]): void {
  for (const { text, marked } of pieces) {
    const mark = marked ? cloneTemplate('excerpt-match') : undefined;
    if (mark) mark.textContent = text;
    into.append(mark ?? text);
  }
}

export class SearchResults {
  private options: HTMLAnchorElement[] = [];
  /** The options of pages, without their sections. */
  private pageOptions: HTMLAnchorElement[] = [];
  private active = -1;

  /** `onEnter` opens a result; it may need to search first, so it is the panel's to do. */
  constructor(
    private readonly list: HTMLElement,
    private readonly field: HTMLInputElement,
    onEnter: () => void,
  ) {
    list.id = `${field.id}-results`;
    list.setAttribute('aria-label', searchStrings.resultsLabel);
    // Now that the listbox exists, the field can be a combobox over it.
    const combobox = { role: 'combobox', 'aria-autocomplete': 'list', 'aria-controls': list.id };
    for (const [name, value] of Object.entries(combobox)) field.setAttribute(name, value);
    field.setAttribute('aria-expanded', 'false');
    field.addEventListener('keydown', (event) => {
      const count = this.options.length;
      const { key, ctrlKey } = event;
      // Enter never submits the form: it opens a result.
      if (key === 'Enter') onEnter();
      else if (count === 0) return;
      else if (key === 'ArrowDown') this.choose((this.active + 1) % count);
      else if (key === 'ArrowUp') this.choose((this.active - 1 + count) % count);
      else if (ctrlKey && (key === 'Home' || key === 'End')) this.choose(key === 'Home' ? 0 : count - 1);
      else return;
      event.preventDefault();
    });
  }

  /** Shows these results, in place of those shown or after them; none is chosen until the arrow keys move. */
  show(results: readonly ResultView[], append = false): void {
    if (!append) {
      this.options = [];
      this.pageOptions = [];
      this.list.replaceChildren();
    }
    const option = (template: string, url: string) => {
      const copy = cloneTemplate<HTMLAnchorElement>(template);
      copy.href = url;
      copy.id = `${this.list.id}-option-${this.options.length}`;
      this.options.push(copy);
      this.list.append(copy);
      return copy;
    };
    for (const result of results) {
      const page = option('result-page', result.url);
      this.pageOptions.push(page);
      showIcon(slot<SVGSVGElement>(page, 'icon'), result.icon);
      slot(page, 'title').textContent = result.title;
      showExcerpt(slot(page, 'excerpt'), result.excerpt);
      for (const section of result.sections) {
        const copy = option('result-section', section.url);
        slot(copy, 'page-title').textContent = searchStrings.sectionOf(result.title);
        slot(copy, 'title').textContent = section.title;
        showExcerpt(slot(copy, 'excerpt'), section.excerpt);
      }
    }
    this.list.hidden = this.options.length === 0;
    this.field.setAttribute('aria-expanded', String(this.options.length > 0));
    this.choose(-1);
  }

  /** Chooses the option of the `index`-th page shown (sections aside), as the arrow keys would. */
  choosePage(index: number): void {
    const page = this.pageOptions[index];
    this.choose(page ? this.options.indexOf(page) : -1);
  }

  /** The result Enter opens: the chosen one, or else the first. */
  chosen(): HTMLAnchorElement | undefined {
    return this.options[this.active] ?? this.options[0];
  }

  private choose(index: number): void {
    this.options[this.active]?.setAttribute('aria-selected', 'false');
    this.active = index;
    const option = this.options[index];
    option?.setAttribute('aria-selected', 'true');
    option?.scrollIntoView({ block: 'nearest' });
    if (option) this.field.setAttribute('aria-activedescendant', option.id);
    else this.field.removeAttribute('aria-activedescendant');
  }
}
