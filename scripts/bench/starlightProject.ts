/**
 * The benchmark's docs-site comparison: Starlight, with its built-in
 * Pagefind search, building the same synthetic pages. Starlight is not a
 * dependency of this project, so it is installed once into a cache folder of
 * its own (pinned versions, the same Astro, MDX, Vite and Pagefind as this
 * project) and reused by later runs while its package.json is unchanged.
 */
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { mkdir, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { SyntheticFile } from './syntheticBenefits.ts';

export const STARLIGHT_VERSION = '0.42.4';
/** Starlight's Markdown processor, which this project does not install: the version this project's Astro was released with. */
const MARKDOWN_REMARK_VERSION = '7.3.1';

/** Packages Starlight shares with this project, pinned to the versions installed here so all builds use the same. */
const SHARED_PACKAGES = ['astro', '@astrojs/mdx', 'pagefind', 'vite', 'sharp'] as const;

/** The cache's package.json: exact versions only, so the same file always installs the same packages. */
export function starlightPackageJson(versions: Readonly<Record<string, string>>): string {
  const dependencies: Record<string, string> = {
    '@astrojs/starlight': STARLIGHT_VERSION,
    '@astrojs/markdown-remark': MARKDOWN_REMARK_VERSION,
  };
  for (const name of SHARED_PACKAGES) {
    const version = versions[name];
    if (version === undefined) throw new Error(`No version of ${name} to pin for the Starlight project`);
    dependencies[name] = version;
  }
  const sorted = Object.fromEntries(Object.entries(dependencies).sort(([a], [b]) => a.localeCompare(b)));
  return `${JSON.stringify({ name: 'bench-starlight', private: true, type: 'module', dependencies: sorted }, null, 2)}\n`;
}

/** The versions of the shared packages installed in this project. */
export function installedVersions(projectDir: string): Record<string, string> {
  return Object.fromEntries(
    SHARED_PACKAGES.map((name) => {
      const manifest = JSON.parse(readFileSync(join(projectDir, 'node_modules', name, 'package.json'), 'utf8')) as {
        version: string;
      };
      return [name, manifest.version];
    }),
  );
}

/** What a finished install leaves beside the packages: the package.json it installed. */
const INSTALLED_MARKER = 'installed-package.json';

/**
 * Installs Starlight into `cacheDir` unless a finished install of the same
 * package.json is already there. Returns whether it installed.
 */
export async function ensureStarlightInstalled(cacheDir: string, packageJson: string): Promise<boolean> {
  const marker = join(cacheDir, INSTALLED_MARKER);
  if (existsSync(marker) && (await readFile(marker, 'utf8')) === packageJson) return false;
  // A different or unfinished install is removed whole, so no package of another version lingers.
  await rm(cacheDir, { recursive: true, force: true });
  await mkdir(cacheDir, { recursive: true });
  await writeFile(join(cacheDir, 'package.json'), packageJson);
  await new Promise<void>((done, reject) => {
    const child = spawn('npm', ['install', '--no-audit', '--no-fund', '--loglevel=error'], {
      cwd: cacheDir,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) =>
      code === 0 ? done() : reject(new Error(`npm install of Starlight failed (exit ${code}):\n${output}`)),
    );
  });
  await writeFile(marker, packageJson);
  return true;
}

const STEPS_IMPORT = "import { Steps } from '@astrojs/starlight/components';";

/**
 * The same page for Starlight: Starlight has its own `<Steps>`, which a
 * page imports, where the site supplies its own to every page. The import
 * goes right after the frontmatter, and only into pages that use it.
 */
export function withStepsImport(source: string): string {
  if (!source.includes('<Steps>')) return source;
  const end = source.indexOf('\n---\n', 4);
  if (!source.startsWith('---\n') || end === -1) throw new Error('A synthetic page without frontmatter');
  const afterFrontmatter = end + '\n---\n'.length;
  return `${source.slice(0, afterFrontmatter)}\n${STEPS_IMPORT}\n${source.slice(afterFrontmatter)}`;
}

const files = (packageJson: string): Record<string, string> => ({
  // The same dependencies as the install: Astro bundles the Astro packages a project depends on (Starlight's
  // middleware among them) by reading this list, and leaves any it does not list to Node, which cannot load them.
  'package.json': packageJson,
  // Its own cache folder: node_modules is a symlink into the shared install, whose .astro must not be shared.
  'astro.config.mjs': `import starlight from '@astrojs/starlight';
import { defineConfig } from 'astro/config';

export default defineConfig({
  // A real address, as a published docs site has, so Starlight writes its sitemap as the site does.
  site: 'https://example.org',
  cacheDir: './.astro-cache',
  devToolbar: { enabled: false },
  integrations: [starlight({ title: 'Library association benefits' })],
});
`,
  // Starlight's own schema, extended to keep the synthetic pages' other fields as they are.
  'src/content.config.ts': `import { defineCollection } from 'astro:content';
import { z } from 'astro/zod';
import { docsLoader } from '@astrojs/starlight/loaders';
import { docsSchema } from '@astrojs/starlight/schema';

export const collections = {
  docs: defineCollection({ loader: docsLoader(), schema: docsSchema({ extend: z.looseObject({}) }) }),
};
`,
});

/**
 * Writes a Starlight project into `projectDir` with the synthetic pages as
 * docs under /benefits/, the same addresses as on the site, borrowing the
 * cache's node_modules through a symlink.
 */
export async function writeStarlightProject(
  projectDir: string,
  cacheDir: string,
  packageJson: string,
  pages: readonly SyntheticFile[],
): Promise<void> {
  for (const [path, text] of Object.entries(files(packageJson))) {
    await mkdir(dirname(join(projectDir, path)), { recursive: true });
    await writeFile(join(projectDir, path), text);
  }
  const docs = join(projectDir, 'src/content/docs/benefits');
  await mkdir(docs, { recursive: true });
  for (const page of pages) await writeFile(join(docs, page.fileName), withStepsImport(page.source));
  await symlink(join(cacheDir, 'node_modules'), join(projectDir, 'node_modules'), 'dir');
}
