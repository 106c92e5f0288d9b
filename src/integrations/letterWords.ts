import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { parse } from 'yaml';
import type { Plugin } from 'vite';
import { letterSchema } from '../lib/content/siteTextSchemas.ts';
import { CONTENT_DIR } from '../lib/site/contentDir.ts';

/** What the letter form imports to get the letter's words (src/client/caseLetterForm.ts). */
const MODULE_ID = 'virtual:letter-words';
const RESOLVED_ID = `\0${MODULE_ID}`;

/**
 * Gives the letter form the words of content/site/letter.yaml, as JSON in
 * its script, rather than in an attribute of /make-the-case/: the script
 * loads after the first paint, and the page, without them, fits in the
 * first round trip (issue #20). The content collection checks the file and
 * names any mistake; here it is parsed with the same schema, so the script
 * gets exactly the words the page's template was written from.
 */
export function letterWords(): Plugin {
  const file = resolve(CONTENT_DIR, 'site', 'letter.yaml');
  return {
    name: 'letter-words',
    resolveId: (id) => (id === MODULE_ID ? RESOLVED_ID : undefined),
    async load(id) {
      if (id !== RESOLVED_ID) return undefined;
      this.addWatchFile(file);
      const parsed = letterSchema.safeParse(parse(await readFile(file, 'utf8')));
      if (!parsed.success) {
        return this.error({ message: `${file} does not match its schema: run npm run check:content`, id: file });
      }
      return `export default ${JSON.stringify(parsed.data)};`;
    },
  };
}
