/*
 * What the checks on the page readers' worker (see renderedPages.ts) read
 * from a page's markup: one parse per page, shared by the link check and
 * the security policy. Runs on the worker, so imports name their files with
 * the extension.
 */
import { eachElement } from '../lib/builtSite/eachElement.ts';
import { linkCollector, type PageLinks } from '../lib/builtSite/findBrokenLinks.ts';
import { policyCollector } from '../lib/builtSite/securityHeaders.ts';
import type { RenderedPage } from './renderedPages.ts';

export interface PageMarkup extends Pick<PageLinks, 'links' | 'ids'> {
  /** Markup the Content Security Policy would block (see policyCollector). */
  policyProblems: string[];
}

// Each page object is read by every reader in turn, then dropped: the entry goes with it.
const read = new WeakMap<RenderedPage, PageMarkup>();

/** The page's links, ids and policy problems, parsed once however many checks ask. */
export function markupOf(page: RenderedPage): PageMarkup {
  const known = read.get(page);
  if (known) return known;
  const links = linkCollector();
  const policy = policyCollector();
  eachElement(page.html, (name, attributes) => {
    links.visit(name, attributes);
    policy.visit(name, attributes);
  });
  const markup = { ...links.result(), policyProblems: policy.result() };
  read.set(page, markup);
  return markup;
}
