import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { cp, mkdir, mkdtemp, readdir, readFile, rename, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { EDITOR_PATH } from '../lib/builtSite/securityHeaders.ts';

/** The Decap CMS release the editor runs, and its tarball's `npm view decap-cms@<version> dist.integrity`. */
const DECAP = {
  version: '3.16.3',
  integrity: 'sha512-hf+dPlCh7TJmWl8+6VRzHYOWhri5xgUknrZbDewaWe4s9B7xJ8PQugp2QHeSldMUKzav6+z0oIpwUYhUJDYtYw==',
};

/** The files the editor loads: the bundle, its numbered parts and WebAssembly; no source maps, no `cms.js` twins. */
const isEditorBundleFile = (name: string): boolean => /^(?:\d+\.)?decap-cms\.js$|^[\w.-]+\.wasm$/.test(name);

/** Where the bundle is served, below the base path: /admin/decap/. */
const EDITOR_BUNDLE_PATH = `${EDITOR_PATH}decap/`;

const run = promisify(execFile);

/**
 * The folder of Decap's ready-made bundle, node_modules/.cache/decap-cms-<version>/, the editor's files
 * only. Fetched the first time with `npm pack` (that one tarball, none of its dependencies, through npm's
 * own cache), checked against DECAP.integrity, unpacked beside the folder and moved in whole: a folder
 * that exists is complete, even with two builds at once.
 */
async function decapBundle(root: string, logger: AstroIntegrationLogger): Promise<string> {
  const cache = join(root, 'node_modules/.cache');
  const folder = join(cache, `decap-cms-${DECAP.version}`);
  if (existsSync(folder)) return folder;
  logger.info(`Fetching the browser editor (decap-cms ${DECAP.version}) with npm pack.`);
  await mkdir(cache, { recursive: true });
  const work = await mkdtemp(join(cache, 'decap-cms-fetch-'));
  try {
    const spec = `decap-cms@${DECAP.version}`;
    const pack = ['pack', spec, '--pack-destination', work, '--prefer-offline', '--fetch-retries=0'];
    await run('npm', pack, { cwd: root }).catch((error: Error & { stderr?: string }) => {
      const reason = /npm error code (\S+)/.exec(error.stderr ?? '')?.[1] ?? error.message;
      throw new Error(
        `The browser editor (${spec}) is not in node_modules/.cache/ yet, and npm could not fetch it (${reason}). ` +
          `Connect to the npm registry and try again: it is fetched once, and kept until node_modules is ` +
          `removed. \`npm pack ${spec}\` shows npm's own message.`,
      );
    });
    const tarball = join(work, `decap-cms-${DECAP.version}.tgz`);
    const bytes = await readFile(tarball);
    const integrity = `sha512-${createHash('sha512').update(bytes).digest('base64')}`;
    if (integrity !== DECAP.integrity) throw new Error(`${spec} from npm is not the one pinned in cmsAdmin.ts`);
    await run('tar', ['-xzf', tarball, '-C', work]);
    const dist = join(work, 'package/dist');
    for (const name of await readdir(dist)) if (!isEditorBundleFile(name)) await rm(join(dist, name));
    await rename(dist, folder).catch((error: unknown) => {
      if (!existsSync(folder)) throw error; // else another build got there first
    });
    return folder;
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

/**
 * Serves the browser editor's code at /admin/decap/ under `astro dev`, and copies it into the built
 * site, so the site itself serves the editor and nothing is loaded from elsewhere or committed. Only
 * the editor's page (src/pages/admin/index.astro) loads it.
 */
export function cmsAdmin(): AstroIntegration {
  let base = '/';
  let root = '.';
  let bundle = '';
  return {
    name: 'cms-admin',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
        root = fileURLToPath(config.root);
      },
      'astro:server:setup': ({ server, logger }) => {
        const prefix = `${base}${EDITOR_BUNDLE_PATH}`;
        server.middlewares.use((request, response, next) => {
          const pathname = new URL(request.url ?? '/', 'http://localhost').pathname;
          const name = pathname.startsWith(prefix) ? pathname.slice(prefix.length) : '';
          if (!isEditorBundleFile(name)) return next();
          // Fetched when the editor is first opened, so that `astro dev` itself needs no registry.
          decapBundle(root, logger).then(async (folder) => {
            const file = await readFile(join(folder, name)).catch(() => undefined);
            if (!file) return next();
            const type = name.endsWith('.wasm') ? 'application/wasm' : 'text/javascript; charset=utf-8';
            response.setHeader('Content-Type', type);
            response.setHeader('Cache-Control', 'no-cache');
            response.end(file);
          }, next);
        });
      },
      // Before any page is written, so that a build without the editor stops at once.
      'astro:build:start': async ({ logger }) => {
        bundle = await decapBundle(root, logger);
      },
      'astro:build:done': async ({ dir, logger }) => {
        await cp(bundle, join(fileURLToPath(dir), EDITOR_BUNDLE_PATH), { recursive: true });
        const count = (await readdir(bundle)).length;
        logger.info(
          `Copied the browser editor (Decap CMS ${DECAP.version}, ${count} files) to /${EDITOR_BUNDLE_PATH}.`,
        );
      },
    },
  };
}
