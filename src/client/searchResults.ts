/*
 * Shows search results as the options of the results listbox, each copied
 * from a template in searchTemplates.html: a page, then up to two of its
 * sections (resultView.ts decides which). Titles and excerpts go in as text
 * only, so nothing from the index becomes markup.
 */
import { BENEFIT_ICON_PATHS, type BenefitIconName } from '../lib/icons/benefitIcons.ts';
import type { ExcerptPiece } from '../lib/search/excerpts.ts';
import type { ResultView } from '../lib/search/resultView.ts';
import { cloneTemplate, slot } from './cloneTemplate.ts';
import { searchStrings } from './searchStrings.ts';

const SVG_NS = 'http://www.w3.org/2000/svg';

/** Draws a benefit's icon into the template's empty <svg>, or removes it for a page without one. */
function showIcon(svg: SVGSVGElement, name: string | undefined): void {
  if (!name || !(name in BENEFIT_ICON_PATHS)) {
    svg.remove();
    return;
  }
  for (const d of BENEFIT_ICON_PATHS[name as BenefitIconName]) {
    const path = document.createElementNS(SVG_NS, 'path');
    path.setAttribute('d', d);
    svg.append(path);
  }
}

/** Fills `into` with an excerpt's text, the words that matched the query marked. */
function showExcerpt(into: Element, pieces: readonly ExcerptPiece[]): void {
  for (const piece of pieces) {
    if (piece.marked) {
      const mark = cloneTemplate('excerpt-match');
      mark.textContent = piece.text;
      into.append(mark);
    } else {
      into.append(piece.text);
    }
  }
}

export class SearchResults {
  private options: HTMLAnchorElement[] = [];
  /** The options of pages, without their sections. */
  private pageOptions: HTMLAnchorElement[] = [];

  /** The listbox, whose id each option's id starts with. */
  constructor(private readonly list: HTMLElement) {
    list.setAttribute('aria-label', searchStrings.resultsLabel);
  }

  /** Shows these results in place of any shown before; returns their options, in order. */
  show(results: readonly ResultView[]): HTMLAnchorElement[] {
    this.options = [];
    this.pageOptions = [];
    this.list.replaceChildren();
    return this.add(results);
  }

  /** Adds these results after those shown; returns every option, in order. */
  add(results: readonly ResultView[]): HTMLAnchorElement[] {
    const option = (template: string, url: string): HTMLAnchorElement => {
      const copy = cloneTemplate<HTMLAnchorElement>(template);
      copy.href = url;
      // The search field points at the chosen option by its id (aria-activedescendant).
      copy.id = `${this.list.id}-option-${this.options.length}`;
      this.options.push(copy);
      this.list.append(copy);
      return copy;
    };
    for (const result of results) {
      const pageOption = option('result-page', result.url);
      this.pageOptions.push(pageOption);
      showIcon(slot<SVGSVGElement>(pageOption, 'icon'), result.icon);
      slot(pageOption, 'title').textContent = result.title;
      showExcerpt(slot(pageOption, 'excerpt'), result.excerpt);
      for (const section of result.sections) {
        const sectionOption = option('result-section', section.url);
        slot(sectionOption, 'page-title').textContent = searchStrings.sectionOf(result.title);
        slot(sectionOption, 'title').textContent = section.title;
        showExcerpt(slot(sectionOption, 'excerpt'), section.excerpt);
      }
    }
    this.list.hidden = this.options.length === 0;
    return [...this.options];
  }

  /** The option of the `index`-th page shown (sections aside), to move to after "Show more". */
  pageOption(index: number): HTMLAnchorElement | undefined {
    return this.pageOptions[index];
  }
}
