// @ts-check
import mdx from '@astrojs/mdx';
import { satteri } from '@astrojs/markdown-satteri';
import sitemap from '@astrojs/sitemap';
import tailwindcss from '@tailwindcss/vite';
import { defineConfig } from 'astro/config';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brandColours } from './src/integrations/brandColours.ts';
import { cmsAdmin } from './src/integrations/cmsAdmin.ts';
import { devServerFlag } from './src/integrations/devServerFlag.ts';
import { contentAllowList } from './src/lib/contentChecks/contentAllowList.ts';
import { linkCheck } from './src/integrations/linkCheck.ts';
import { pagefindSearch } from './src/integrations/pagefindSearch.ts';
import { precompression } from './src/integrations/precompression.ts';
import { publicFiles } from './src/integrations/publicFiles.ts';
import { letterWords } from './src/integrations/letterWords.ts';
import { searchSynonyms } from './src/integrations/searchSynonyms.ts';
import { securityPolicy } from './src/integrations/securityPolicy.ts';
import { lastReviewedByPath } from './src/lib/seo/lastReviewedByPath.ts';
import { CONTENT_DIR, OTHER_CONTENT, PUBLIC_DIR } from './src/lib/site/contentDir.ts';
import { isPlaceholderUrl } from './src/lib/site/pageAddress.ts';
import { association, siteConfig } from './src/site.config.ts';

const base = process.env['BASE_PATH'] ?? '/';
// Other content (tests, the benchmark) gets its own cache, so its entries never mix with the real ones.
const cacheDir = fileURLToPath(
  new URL(OTHER_CONTENT ? `${CONTENT_DIR}/.astro-cache/` : './node_modules/.astro/', import.meta.url),
);
/** Each page's last-reviewed date, for the sitemap's lastmod. */
const reviewed = await lastReviewedByPath(CONTENT_DIR);

export default defineConfig({
  site: siteConfig.url,
  publicDir: PUBLIC_DIR,
  // Serve from a folder (e.g. BASE_PATH=/library-benefits/) when the host needs it.
  base,
  cacheDir,
  // One address per page: /benefits/advocacy/ (folders with index.html).
  trailingSlash: 'always',
  // Several pages at a time, so link previews are drawn on both cores.
  build: { format: 'directory', concurrency: 4 },
  // Lossless whitespace compression. Astro 7's default ('jsx') drops the
  // space where a line of text wraps before a link, which Prettier's line
  // wrapping would otherwise turn into "see thebenefits" on the page.
  compressHTML: true,
  devToolbar: { enabled: false },
  // Astro's default Markdown processor, with the content check added; MDX uses the same processor. Content
  // is data: a file in the content folder that holds code, scripts or outside images stops the build.
  markdown: { processor: satteri({ mdastPlugins: [contentAllowList(CONTENT_DIR)] }) },
  // After Astro has written dist/, each `astro:build:done` runs in this order: the sitemap, then the
  // link check and the security policy (either removes the build if it finds a problem), then the
  // search index, which reads the finished pages, and last the brotli and gzip copies of every
  // finished file (pages, styles, scripts and the search index).
  integrations: [
    devServerFlag(),
    publicFiles(),
    mdx(),
    cmsAdmin(),
    sitemap({
      // The 404 page and the search page are tools, not content to be found; /admin/ is the editors' tool.
      filter: (page) => !/\/(?:404|search)\/?$|\/admin\//.test(new URL(page).pathname),
      serialize: (item) => {
        const path = `/${new URL(item.url).pathname.slice(base.replace(/\/?$/, '/').length)}`;
        const lastmod = reviewed.get(path);
        return lastmod ? { ...item, lastmod } : item;
      },
    }),
    linkCheck({ base }),
    securityPolicy({ base }),
    pagefindSearch(),
    precompression(),
    {
      name: 'unset-settings-warning',
      hooks: {
        'astro:build:start': ({ logger }) => {
          if (isPlaceholderUrl(siteConfig.url)) {
            logger.warn(
              `Canonical links and the sitemap use ${siteConfig.url}. Set SITE_URL to the real address before publishing.`,
            );
          }
          if (!association) {
            logger.warn(
              'There is no content/site/association.yaml, so the site is the general guide, published by no association. To make it your association’s site, see "Make it yours" in the README.',
            );
          }
        },
      },
    },
  ],
  vite: {
    // The synonyms file, for the search interface, the letter's words, for the letter form, and the
    // association's colour (see src/integrations/searchSynonyms.ts, letterWords.ts and brandColours.ts).
    plugins: [tailwindcss(), searchSynonyms(), letterWords(), brandColours(association?.brandColor)],
    // Link previews drawn by earlier builds are kept here (see src/pages/og/[...key].png.ts).
    define: { 'import.meta.env.SOCIAL_IMAGE_CACHE': JSON.stringify(join(cacheDir, 'social-images')) },
    // The search interface is bundled like a worker (see src/client/searchLauncher.ts) and imported as a module.
    worker: { format: 'es', plugins: () => [searchSynonyms()] },
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
