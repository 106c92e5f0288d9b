/*
 * Shows search results as the options of the results listbox, each copied
 * from a template in searchTemplates.html: a page, then up to three of its
 * sections that matched. Titles and excerpts go in as text only.
 */
import { BENEFIT_ICON_PATHS, type BenefitIconName } from '../lib/icons/benefitIcons.ts';
import { excerptPieces } from '../lib/search/searchText.ts';
import { cloneTemplate, slot } from './cloneTemplate.ts';
import type { PagefindResultData } from './pagefindApi.ts';

const MAX_SECTIONS_PER_PAGE = 3;
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
function showExcerpt(into: Element, excerpt: string): void {
  for (const piece of excerptPieces(excerpt)) {
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
  /** The listbox, whose id each option's id starts with. */
  constructor(private readonly list: HTMLElement) {}

  /** Shows these pages in place of any results shown before; returns their options, in order. */
  show(pages: readonly PagefindResultData[]): HTMLAnchorElement[] {
    const options: HTMLAnchorElement[] = [];
    const option = (template: string, url: string): HTMLAnchorElement => {
      const copy = cloneTemplate<HTMLAnchorElement>(template);
      copy.href = url;
      // The search field points at the chosen option by its id (aria-activedescendant).
      copy.id = `${this.list.id}-option-${options.length}`;
      options.push(copy);
      return copy;
    };
    for (const page of pages) {
      const title = page.meta['title'];
      const pageOption = option('result-page', page.url);
      showIcon(slot<SVGSVGElement>(pageOption, 'icon'), page.meta['icon']);
      slot(pageOption, 'title').textContent = title ?? page.url;
      showExcerpt(slot(pageOption, 'excerpt'), page.excerpt);
      const sections = page.sub_results.filter((section) => section.url !== page.url && section.url.includes('#'));
      for (const section of sections.slice(0, MAX_SECTIONS_PER_PAGE)) {
        const sectionOption = option('result-section', section.url);
        // Heard, not seen: the section's title alone would not say which page it is on.
        slot(sectionOption, 'page-title').textContent = `${title ?? ''}, section: `;
        slot(sectionOption, 'title').textContent = section.title;
        showExcerpt(slot(sectionOption, 'excerpt'), section.excerpt);
      }
    }
    this.list.replaceChildren(...options);
    return options;
  }
}
