/*
 * The link check's page reader (see linkCheck.ts and renderedPages.ts): runs
 * on the worker thread, so its imports name their files with the extension.
 */
import { findBrokenLinks, type PageLinks } from '../lib/builtSite/findBrokenLinks.ts';
import { builtFiles } from '../lib/builtSite/builtPages.ts';
import { sourceOf } from '../lib/builtSite/contentSource.ts';
import { markupOf } from './pageMarkup.ts';
import type { CreatePageReader } from './renderedPages.ts';

export interface LinkCheckOptions {
  base: string;
  contentDir: string;
}

export interface LinkCheckResult {
  pages: number;
  problems: string[];
}

/** Collects each page's links and ids as it is rendered; once all are written, finds the links that lead nowhere. */
export const createPageReader: CreatePageReader<LinkCheckOptions, LinkCheckResult> = ({ base, contentDir }) => {
  const pages: PageLinks[] = [];
  return {
    read(page) {
      const { links, ids } = markupOf(page);
      pages.push({ path: page.path, source: sourceOf(page.path, contentDir), links, ids });
    },
    async finish(siteDir) {
      // Files too, not only pages: a link may lead to an image, a feed or a download.
      const files = new Set((await builtFiles(siteDir)).map((file) => `/${file}`));
      return { pages: pages.length, problems: findBrokenLinks(pages, { base, fileExists: (path) => files.has(path) }) };
    },
  };
};
