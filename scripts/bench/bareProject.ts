/**
 * The benchmark's baseline: the smallest Astro + MDX site with search that
 * builds the same benefit files (a glob loader, one `[slug].astro` route, one
 * minimal layout whose body Pagefind indexes, a search page with Pagefind's
 * own interface, no integrations besides MDX), indexed by the Pagefind CLI
 * after the build. The site is reported as a ratio to this one, measured side
 * by side on the same machine, because an absolute time means little from
 * one machine to the next.
 */
import { mkdir, symlink, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';

const files = (benefitsDir: string): Record<string, string> => ({
  'package.json': JSON.stringify({ name: 'bench-bare-astro', private: true, type: 'module' }, null, 2),
  'astro.config.mjs': `import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';

export default defineConfig({
  integrations: [mdx()],
  devToolbar: { enabled: false },
  // Its own cache folder: node_modules is a symlink to the real project's, whose .astro must not be touched.
  cacheDir: './.astro-cache',
});
`,
  'src/content.config.ts': `import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';

export const collections = {
  benefits: defineCollection({ loader: glob({ pattern: '*.mdx', base: ${JSON.stringify(benefitsDir)} }) }),
};
`,
  // The synthetic pages use <Steps>, which the real site supplies; a bare list wrapper keeps the MDX identical.
  'src/components/Steps.astro': '<div class="steps"><slot /></div>\n',
  'src/layouts/Minimal.astro': `---
const { title } = Astro.props;
---

<html lang="en">
  <head>
    <meta charset="utf-8" />
    <title>{title}</title>
  </head>
  <body data-pagefind-body>
    <main><h1>{title}</h1><slot /></main>
  </body>
</html>
`,
  // Pagefind's ready-made interface, from the files the CLI writes; the page itself is not indexed.
  'src/pages/search.astro': `<html lang="en">
  <head>
    <meta charset="utf-8" />
    <title>Search</title>
    <link href="/pagefind/pagefind-ui.css" rel="stylesheet" />
    <script is:inline src="/pagefind/pagefind-ui.js"></script>
  </head>
  <body>
    <div id="search"></div>
    <script is:inline>
      window.addEventListener('DOMContentLoaded', () => new PagefindUI({ element: '#search' }));
    </script>
  </body>
</html>
`,
  'src/pages/benefits/[slug].astro': `---
import { getCollection, render } from 'astro:content';
import Steps from '../../components/Steps.astro';
import Minimal from '../../layouts/Minimal.astro';

export async function getStaticPaths() {
  const benefits = await getCollection('benefits');
  return benefits.map((benefit) => ({ params: { slug: benefit.id }, props: { benefit } }));
}

const { benefit } = Astro.props;
const { Content } = await render(benefit);
---

<Minimal title={benefit.data.title}><Content components={{ Steps }} /></Minimal>
`,
});

/**
 * Writes the bare project into `projectDir`, reading its pages from
 * `benefitsDir`. It borrows this project's node_modules through a symlink, so
 * both builds use the very same Astro and MDX versions.
 */
export async function writeBareProject(projectDir: string, benefitsDir: string): Promise<void> {
  for (const [path, text] of Object.entries(files(benefitsDir))) {
    await mkdir(dirname(join(projectDir, path)), { recursive: true });
    await writeFile(join(projectDir, path), text);
  }
  await symlink(resolve('node_modules'), join(projectDir, 'node_modules'), 'dir');
}
