// @ts-check
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import tailwindcss from '@tailwindcss/vite';
import { defineConfig } from 'astro/config';
import { finishBackgroundWork } from './src/integrations/backgroundWork.ts';
import { devServerFlag } from './src/integrations/devServerFlag.ts';
import { linkCheck } from './src/integrations/linkCheck.ts';
import { pagefindIndex } from './src/integrations/pagefindIndex.ts';
import { renderedPages } from './src/integrations/renderedPages.ts';
import { securityHeaders } from './src/integrations/securityHeaders.ts';
import { socialImageCache } from './src/integrations/socialImageCache.ts';
import { lastReviewedByPath } from './src/lib/contentChecks/lastReviewedByPath.ts';
import { isPlaceholderUrl } from './src/lib/site/siteConfigSchema.ts';
import { TOOL_PAGES_REVIEWED } from './src/pageMeta.ts';
import { siteConfig } from './src/site.config.ts';

/** Set by tests and the benchmark to build the real site from other content. */
const otherContent = process.env['CONTENT_DIR'];
const base = process.env['BASE_PATH'] ?? '/';
/** Each page's last-reviewed date, for the sitemap's lastmod. */
const reviewed = await lastReviewedByPath(otherContent ?? 'content');
for (const [path, date] of Object.entries(TOOL_PAGES_REVIEWED)) reviewed.set(path, date);

export default defineConfig({
  site: siteConfig.url,
  // Serve from a folder (e.g. BASE_PATH=/library-benefits/) when the host needs it.
  base,
  // Other content gets its own cache, so its entries never mix with the real ones.
  ...(otherContent && { cacheDir: `${otherContent}/.astro-cache` }),
  // One address per page: /benefits/advocacy/ (folders with index.html).
  trailingSlash: 'always',
  // Several pages at a time, so one page's file is written while the next
  // renders. The output is identical to one at a time: the checks and the
  // search index get pages in the order they start (see renderedPages.ts).
  build: { format: 'directory', concurrency: 4 },
  // Lossless whitespace compression. Astro 7's default ('jsx') drops the
  // space where a line of text wraps before a link, which Prettier's line
  // wrapping would otherwise turn into "see thebenefits" on the page.
  compressHTML: true,
  devToolbar: { enabled: false },
  integrations: [
    devServerFlag(),
    // Hands each page, as it renders, to the search index, the link check and the security policy below.
    renderedPages(),
    socialImageCache(),
    mdx(),
    sitemap({
      // The 404 page and the search page are tools, not content to be found.
      filter: (page) => !/\/(?:404|search)\/?$/.test(new URL(page).pathname),
      serialize: (item) => {
        const path = `/${new URL(item.url).pathname.slice(base.replace(/\/?$/, '/').length)}`;
        const lastmod = reviewed.get(path);
        return lastmod ? { ...item, lastmod } : item;
      },
    }),
    // Search: pages are indexed in Pagefind's own process as they render, and the index is written
    // beside the checks that follow; finishBackgroundWork (last) waits for it. A check that fails lets
    // it finish, then removes the build.
    pagefindIndex(),
    // Links: a site with broken links is removed, never published.
    linkCheck(),
    // The Content Security Policy, which hashes each page's inline scripts.
    securityHeaders(),
    {
      name: 'placeholder-address-warning',
      hooks: {
        'astro:build:start': ({ logger }) => {
          if (isPlaceholderUrl(siteConfig.url)) {
            logger.warn(
              `Canonical links and the sitemap use ${siteConfig.url}. Set SITE_URL to the real address before publishing.`,
            );
          }
        },
      },
    },
    finishBackgroundWork(),
  ],
  vite: {
    plugins: [tailwindcss()],
    // The search interface is bundled like a worker (see src/client/searchLauncher.ts) and imported as a module.
    worker: { format: 'es' },
    build: {
      rolldownOptions: {
        // Astro 7 marks every MDX module with a directive the bundler warns
        // about on each build; it is harmless (upstream: withastro/astro#18087)
        // and would teach editors to ignore warnings. Everything else is shown.
        onwarn(warning, warn) {
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && warning.message.includes('astro:head-inject')) return;
          warn(warning);
        },
      },
    },
  },
});
