/*
 * The search interface's markup: copies of the <template>s in searchTemplates.html, into which the code
 * puts text with textContent only, so nothing from the index or the visitor is parsed as HTML. They come
 * with the search code rather than in SearchPanel.astro because the dialog is on every page: there they
 * would add, to every page's HTML and over its budget (tests/site/budgets.test.ts), what only searching needs.
 */
import markup from './searchTemplates.html?raw';

// The indentation between tags is layout of the file, not text of the page.
const templates = new DOMParser().parseFromString(markup.replace(/>\s+</g, '><'), 'text/html');

/** The element `selector` finds in `root`; markup without it is a bug, so this throws rather than carry on. */
export function requiredElement<T extends Element = HTMLElement>(root: ParentNode, selector: string): T {
  const found = root.querySelector<T>(selector);
  if (!found) throw new Error(`Search markup is missing ${selector}`);
  return found;
}

/** A fresh copy of the template marked data-template="`name`". */
export function cloneTemplate<T extends Element = HTMLElement>(name: string): T {
  const template = requiredElement<HTMLTemplateElement>(templates, `template[data-template="${name}"]`);
  return document.importNode(template.content, true).firstElementChild as T;
}

/** The element marked data-slot="`name`" in a copy of a template. */
export const slot = <T extends Element = HTMLElement>(copy: Element, name: string) =>
  requiredElement<T>(copy, `[data-slot="${name}"]`);
