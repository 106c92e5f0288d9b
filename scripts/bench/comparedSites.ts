/**
 * The two sites with search the benchmark builds beside this one, from the
 * same synthetic pages: the least such a site must do (bare Astro + MDX,
 * indexed by the Pagefind CLI after the build), and a ready-made docs site
 * (Starlight, with its built-in Pagefind search).
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { mkdir, symlink, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import type { SyntheticFile } from './syntheticBenefits.ts';

export const STARLIGHT_VERSION = '0.42.4';

/** The version of a package installed in this project. */
export const installedVersion = (name: string) =>
  (JSON.parse(readFileSync(`node_modules/${name}/package.json`, 'utf8')) as { version: string }).version;

async function writeProject(projectDir: string, files: Record<string, string>, nodeModules: string): Promise<void> {
  for (const [path, text] of Object.entries(files)) {
    await mkdir(dirname(join(projectDir, path)), { recursive: true });
    await writeFile(join(projectDir, path), text);
  }
  await symlink(nodeModules, join(projectDir, 'node_modules'), 'dir');
}

/** Each project has its own cache folder: node_modules is a link to a shared install, whose .astro must stay apart. */
const astroConfig = (imports: string, settings: string) => `${imports}
import { defineConfig } from 'astro/config';

export default defineConfig({ cacheDir: './.astro-cache', devToolbar: { enabled: false }, ${settings} });
`;

/**
 * A glob loader, one route whose page body Pagefind indexes, a search page
 * with Pagefind's ready-made interface, and no integration but MDX; built
 * with this project's own Astro and MDX.
 */
export async function writeBareProject(projectDir: string, benefitsDir: string): Promise<void> {
  const files = {
    'package.json': '{ "name": "bench-bare-astro", "private": true, "type": "module" }\n',
    'astro.config.mjs': astroConfig("import mdx from '@astrojs/mdx';", 'integrations: [mdx()]'),
    'src/content.config.ts': `import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';

const loader = glob({ pattern: '*.mdx', base: ${JSON.stringify(benefitsDir)} });
export const collections = { benefits: defineCollection({ loader }) };
`,
    // The site supplies <Steps> to every page; a plain wrapper keeps the MDX the same.
    'src/components/Steps.astro': '<div class="steps"><slot /></div>\n',
    'src/pages/benefits/[slug].astro': `---
import { getCollection, render } from 'astro:content';
import Steps from '../../components/Steps.astro';

export async function getStaticPaths() {
  return (await getCollection('benefits')).map((benefit) => ({ params: { slug: benefit.id }, props: { benefit } }));
}
const { benefit } = Astro.props;
const { Content } = await render(benefit);
---

<html lang="en">
  <head><meta charset="utf-8" /><title>{benefit.data.title}</title></head>
  <body data-pagefind-body><main><h1>{benefit.data.title}</h1><Content components={{ Steps }} /></main></body>
</html>
`,
    // Pagefind's ready-made interface, from the files the CLI writes.
    'src/pages/search.astro': `<html lang="en"><head><meta charset="utf-8" /><title>Search</title>
<link href="/pagefind/pagefind-ui.css" rel="stylesheet" /><script is:inline src="/pagefind/pagefind-ui.js"></script></head>
<body><div id="search"></div><script is:inline>new PagefindUI({ element: '#search' });</script></body></html>
`,
  };
  await writeProject(projectDir, files, resolve('node_modules'));
}

/** Starlight's `<Steps>` must be imported, after the frontmatter, where the site supplies its own to every page. */
export function withStepsImport(source: string): string {
  const end = source.indexOf('\n---\n', 4) + '\n---\n'.length;
  if (!source.startsWith('---\n') || end < 5) throw new Error('A synthetic page without frontmatter');
  if (!source.includes('<Steps>')) return source;
  return `${source.slice(0, end)}\nimport { Steps } from '@astrojs/starlight/components';\n${source.slice(end)}`;
}

/**
 * Starlight as it comes, installed by npm into a folder of its own, outside this project so that Node cannot
 * load a package the install lacks from here. Exact versions, this project's for the packages they share, so
 * all three sites build with the same Astro and Pagefind; npm makes the folder match them on every run. The
 * pages are docs at the site's addresses, and the site has an address, as a published one has (a sitemap).
 */
export async function writeStarlightProject(projectDir: string, installDir: string, pages: readonly SyntheticFile[]) {
  const dependencies: Record<string, string> = {
    // Starlight's Markdown processor, which this project does not install: the version this Astro came with.
    '@astrojs/markdown-remark': '7.3.1',
    '@astrojs/starlight': STARLIGHT_VERSION,
  };
  for (const name of ['astro', '@astrojs/mdx', 'pagefind', 'vite', 'sharp'])
    dependencies[name] = installedVersion(name);
  const manifest = { name: 'bench-starlight', private: true, type: 'module', dependencies };
  const packageJson = `${JSON.stringify(manifest, null, 2)}\n`;
  await mkdir(installDir, { recursive: true });
  await writeFile(join(installDir, 'package.json'), packageJson);
  console.log(`Installing Starlight into ${installDir} (a minute the first time)…`);
  const flags = ['--no-audit', '--no-fund', '--prefer-offline', '--loglevel=error'];
  execFileSync('npm', ['install', ...flags], { cwd: installDir, stdio: 'inherit' });

  const files: Record<string, string> = {
    // Astro bundles the Astro packages a project lists (Starlight's middleware among them); Node cannot load the rest.
    'package.json': packageJson,
    'astro.config.mjs': astroConfig(
      "import starlight from '@astrojs/starlight';",
      "site: 'https://example.org', integrations: [starlight({ title: 'Library association benefits' })]",
    ),
    // Starlight's docs schema, extended to keep the pages' other fields.
    'src/content.config.ts': `import { defineCollection } from 'astro:content';
import { z } from 'astro/zod';
import { docsLoader } from '@astrojs/starlight/loaders';
import { docsSchema } from '@astrojs/starlight/schema';

const schema = docsSchema({ extend: z.looseObject({}) });
export const collections = { docs: defineCollection({ loader: docsLoader(), schema }) };
`,
  };
  for (const page of pages) files[`src/content/docs/benefits/${page.fileName}`] = withStepsImport(page.source);
  await writeProject(projectDir, files, join(installDir, 'node_modules'));
}
