import type { AstroIntegration } from 'astro';
import { resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';
import { applySecurityPolicy } from '../lib/builtSite/applySecurityPolicy.ts';
import { withBase } from '../lib/content/sitePaths.ts';
import { speculationRules } from '../lib/site/speculationRules.ts';
import { themeBootScript } from '../lib/theme/themeBootScript.ts';

/**
 * After the build: the Content Security Policy in every page and the host
 * header files (see applySecurityPolicy). The scripts the policy allows are
 * the site's own, known before any page is read: the two the layout writes
 * inline, and those Astro bundles from the components in src/, recorded as
 * the bundle is written (inlined ones by their text, the rest by file).
 */
export function securityPolicy({ base }: { base: string }): AstroIntegration {
  const inline = new Set<string>();
  const files = new Set<string>();
  return {
    name: 'security-policy',
    hooks: {
      'astro:config:setup': ({ config, updateConfig }) => {
        const srcDir = resolve(fileURLToPath(config.srcDir)) + sep;
        updateConfig({ vite: { plugins: [recordSiteScripts(srcDir, base, inline, files)] } });
      },
      'astro:build:done': async ({ dir, logger }) => {
        inline.add(await themeBootScript());
        inline.add(speculationRules(base));
        const { pages, hashes } = await applySecurityPolicy(fileURLToPath(dir), base, { inline, files });
        logger.info(
          `Put the Content Security Policy in ${pages} page(s), allowing ${hashes} inline script(s) by hash; wrote _headers and _redirects (Netlify, Cloudflare Pages) and _nginx.conf.`,
        );
      },
    },
  };
}

/**
 * Records the browser bundle's scripts as Vite writes it, before Astro
 * takes the small ones out to inline them in pages (which it does with the
 * chunk's trimmed code). Only scripts of components in `srcDir` count.
 */
function recordSiteScripts(srcDir: string, base: string, inline: Set<string>, files: Set<string>): Plugin {
  return {
    name: 'record-site-scripts',
    applyToEnvironment: (environment) => environment.name === 'client',
    generateBundle: {
      order: 'pre',
      handler(_options, bundle) {
        for (const output of Object.values(bundle)) {
          if (output.type !== 'chunk') continue;
          files.add(withBase(`/${output.fileName}`, base));
          const [source = '', query = ''] = (output.facadeModuleId ?? '').split('?');
          if (query.includes('type=script') && resolve(source).startsWith(srcDir)) inline.add(output.code.trim());
        }
      },
    },
  };
}
