import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { fileURLToPath } from 'node:url';
import { findPublicFileProblems, type SiteRoute } from '../lib/contentChecks/findPublicFileProblems.ts';
import { findSymbolicLinks } from '../lib/contentChecks/findSymbolicLinks.ts';
import { CONTENT_DIR } from '../lib/site/contentDir.ts';

/**
 * Lists the problems, then stops Astro with an error that only points to
 * them. The list is logged rather than thrown because Astro adds a hint about
 * browser APIs to any error whose text holds "document" or "window", which a
 * file's name or an SVG's script may; and the error has no stack trace, which
 * would point into this file, not at the editor's mistake.
 */
function stop(logger: AstroIntegrationLogger, heading: string, problems: readonly string[]): never {
  logger.error(`${heading}:\n${problems.map((problem) => `  - ${problem}`).join('\n')}`);
  const error = new Error(`${heading}: see the list above`);
  error.stack = '';
  throw error;
}

/**
 * The editors' files are checked before Astro reads them. Symbolic links in
 * the content folder or public/ stop `astro build`, `astro dev` and
 * `astro sync` at `astro:config:done`, which each of them runs before its
 * content sync reads the content folder (`astro:build:start` comes after the
 * sync, and `astro dev` never runs it). Before any page is built, every file
 * in public/ must be one it may publish (see findPublicFileProblems).
 */
export function publicFiles(): AstroIntegration {
  let publicDir = 'public';
  let routes: readonly SiteRoute[] = [];
  return {
    name: 'public-files',
    hooks: {
      // In a build Astro resolves the routes before `astro:build:start`; a file in public/ may not take their addresses.
      'astro:routes:resolved': ({ routes: resolved }) => {
        routes = resolved;
      },
      'astro:config:done': async ({ config, logger }) => {
        publicDir = fileURLToPath(config.publicDir);
        const links = [...(await findSymbolicLinks(CONTENT_DIR)), ...(await findSymbolicLinks(publicDir))];
        if (links.length > 0) stop(logger, 'Symbolic links need replacing, so nothing was read or built', links);
      },
      'astro:build:start': async ({ logger }) => {
        const problems = await findPublicFileProblems(publicDir, routes);
        if (problems.length > 0) stop(logger, 'Files in public/ need fixing, so nothing was built', problems);
      },
    },
  };
}
