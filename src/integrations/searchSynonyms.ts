import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Plugin } from 'vite';
import { readSynonyms, SynonymsError } from '../lib/search/readSynonyms.ts';
import { shownPath } from '../lib/contentChecks/findSymbolicLinks.ts';
import { CONTENT_DIR } from '../lib/site/contentDir.ts';

/** What the search interface imports to get the synonym groups (src/client/searchQuery.ts). */
const MODULE_ID = 'virtual:search-synonyms';
const RESOLVED_ID = `\0${MODULE_ID}`;

/**
 * Gives the search interface the groups of content/search-synonyms.yaml,
 * checked (see readSynonyms.ts: every group adds to what each visitor who
 * searches downloads) and bundled into it as JSON, so a query is expanded at
 * no extra request. A mistake stops the build, or shows in `astro dev`,
 * naming the file and line. Without the file (other content folders, the
 * benchmark), there are no synonyms.
 *
 * A Vite plugin rather than an Astro integration: the dialog's search code
 * is bundled as a worker (see searchLauncher.ts), which only sees plugins
 * listed under `vite.worker.plugins`, so astro.config.mjs lists it twice.
 */
export function searchSynonyms(): Plugin {
  const file = resolve(CONTENT_DIR, 'search-synonyms.yaml');
  return {
    name: 'search-synonyms',
    resolveId: (id) => (id === MODULE_ID ? RESOLVED_ID : undefined),
    async load(id) {
      if (id !== RESOLVED_ID) return undefined;
      this.addWatchFile(file);
      const text = await readFile(file, 'utf8').catch((error: NodeJS.ErrnoException) => {
        if (error.code === 'ENOENT') return '';
        throw error;
      });
      try {
        return `export default ${JSON.stringify(readSynonyms(text, shownPath(file)))};`;
      } catch (error) {
        if (error instanceof SynonymsError)
          return this.error({ message: error.message, id: file, loc: { file, line: error.line, column: 0 } });
        throw error;
      }
    },
  };
}
