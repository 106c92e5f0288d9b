import type { AstroIntegration } from 'astro';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';
import { countIndexedPages } from '../lib/searchIndex';

/**
 * Builds the Pagefind search index from the finished HTML at the end of
 * `astro build`, so there is no second command to forget. Pages opt in with
 * `data-pagefind-body`; any indexing error fails the build.
 */
export function pagefindIndex(): AstroIntegration {
  return {
    name: 'pagefind-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const siteDir = fileURLToPath(dir);
        const { index, errors: createErrors } = await pagefind.createIndex({});
        try {
          if (!index) throw new Error(createErrors.join('\n') || 'Pagefind could not start');
          const added = await index.addDirectory({ path: siteDir });
          const written = await index.writeFiles({ outputPath: `${siteDir}/pagefind` });
          const errors = [...createErrors, ...added.errors, ...written.errors];
          if (errors.length > 0) throw new Error(`Pagefind failed:\n${errors.join('\n')}`);
          const pages = countIndexedPages(await readFile(`${siteDir}/pagefind/pagefind-entry.json`, 'utf8'));
          logger.info(`Indexed ${pages} page(s) for search (of ${added.page_count} HTML files).`);
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}
