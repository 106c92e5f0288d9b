/*
 * The security policy's page reader (see securityHeaders.ts and
 * renderedPages.ts): runs on the worker thread, so its imports name their
 * files with the extension.
 */
import { sourceOf } from '../lib/builtSite/contentSource.ts';
import { markupOf } from './pageMarkup.ts';
import type { CreatePageReader } from './renderedPages.ts';

/** Every piece of markup the policy would block, one message each, naming the page and its content file. */
export const createPageReader: CreatePageReader<{ contentDir: string }, string[]> = ({ contentDir }) => {
  const problems: string[] = [];
  return {
    read(page) {
      const { policyProblems } = markupOf(page);
      if (policyProblems.length === 0) return;
      const source = sourceOf(page.path, contentDir);
      const where = source ? `${source} (page ${page.path})` : page.path;
      for (const problem of policyProblems) problems.push(`${where}: ${problem}`);
    },
    finish: () => problems,
  };
};
