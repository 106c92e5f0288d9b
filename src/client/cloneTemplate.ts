/*
 * The search interface's markup: the <template> elements of
 * src/client/searchTemplates.html, read once and copied for each piece
 * shown. The code puts text into the copies with textContent, so nothing
 * from the index or from the visitor is ever parsed as HTML: that file,
 * written in this repository and bundled with this code, is the only HTML
 * parsed here.
 *
 * The templates are not in SearchPanel.astro because the search dialog, and
 * so the panel, is on every page: there they would add to the HTML of every
 * page, taking it over its budget (tests/site/budgets.test.ts), markup that
 * only a visitor who searches needs. Here they come with the search
 * interface's code, which only such a visitor downloads.
 */
import markup from './searchTemplates.html?raw';
import { requiredElement } from './requiredElement.ts';

let templates: Map<string, Element> | undefined;

function readTemplates(): Map<string, Element> {
  const parsed = new DOMParser().parseFromString(markup, 'text/html');
  const found = new Map<string, Element>();
  for (const template of parsed.querySelectorAll('template')) {
    const content = document.importNode(template.content, true);
    // The file is laid out for reading; the indentation between tags is not part of the page.
    const walker = document.createTreeWalker(content, NodeFilter.SHOW_TEXT);
    const layout: Node[] = [];
    while (walker.nextNode()) if (!walker.currentNode.textContent?.trim()) layout.push(walker.currentNode);
    for (const node of layout) node.parentNode?.removeChild(node);
    const root = content.firstElementChild;
    const name = template.dataset['template'];
    if (root && name) found.set(name, root);
  }
  return found;
}

/** A fresh copy of the template marked data-template="`name`". */
export function cloneTemplate<T extends Element = HTMLElement>(name: string): T {
  templates ??= readTemplates();
  const template = templates.get(name);
  if (!template) throw new Error(`searchTemplates.html has no template "${name}"`);
  return template.cloneNode(true) as T;
}

/** The element marked data-slot="`name`" in a copy of a template. */
export function slot<T extends Element = HTMLElement>(copy: Element, name: string): T {
  return requiredElement<T>(copy, `[data-slot="${name}"]`);
}
