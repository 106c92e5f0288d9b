import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { findPublicFileProblems } from '../lib/contentChecks/findPublicFileProblems.ts';

/** Before any page is built: files in public/ too large to publish stop the build (see findPublicFileProblems). */
export function publicFiles(): AstroIntegration {
  let publicDir = 'public';
  return {
    name: 'public-files',
    hooks: {
      'astro:config:done': ({ config }) => {
        publicDir = fileURLToPath(config.publicDir);
      },
      'astro:build:start': async () => {
        const problems = await findPublicFileProblems(publicDir);
        if (problems.length > 0) {
          throw new Error(
            `Files in public/ need fixing, so nothing was built:\n${problems.map((problem) => `  - ${problem}`).join('\n')}`,
          );
        }
      },
    },
  };
}
