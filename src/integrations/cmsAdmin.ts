import type { AstroIntegration } from 'astro';
import { copyFile, mkdir, readdir, readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { EDITOR_PATH } from '../lib/builtSite/securityHeaders.ts';

/** Decap CMS's ready-made bundle and the parts it loads by itself, from the installed package (no CDN). */
const decapDist = () => join(dirname(createRequire(import.meta.url).resolve('decap-cms/package.json')), 'dist');

/** The files the editor loads: the bundle, its numbered parts and WebAssembly; no source maps, no `cms.js` twins. */
const isEditorBundleFile = (name: string): boolean => /^(?:\d+\.)?decap-cms\.js$|^[\w.-]+\.wasm$/.test(name);

/** Where the bundle is served, below the base path: /admin/decap/. */
const EDITOR_BUNDLE_PATH = `${EDITOR_PATH}decap/`;

/**
 * Serves the browser editor's code at /admin/decap/ from node_modules under
 * `astro dev`, and copies it into the built site, so the site itself serves
 * the editor and nothing is committed or fetched from elsewhere. Only the
 * editor's page (src/pages/admin/index.astro) loads it.
 */
export function cmsAdmin(): AstroIntegration {
  let base = '/';
  return {
    name: 'cms-admin',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
      },
      'astro:server:setup': ({ server }) => {
        const prefix = `${base}${EDITOR_BUNDLE_PATH}`;
        server.middlewares.use((request, response, next) => {
          const pathname = new URL(request.url ?? '/', 'http://localhost').pathname;
          const name = pathname.startsWith(prefix) ? pathname.slice(prefix.length) : '';
          if (!isEditorBundleFile(name)) return next();
          readFile(join(decapDist(), name)).then(
            (file) => {
              response.setHeader(
                'Content-Type',
                name.endsWith('.wasm') ? 'application/wasm' : 'text/javascript; charset=utf-8',
              );
              response.setHeader('Cache-Control', 'no-cache');
              response.end(file);
            },
            () => next(),
          );
        });
      },
      'astro:build:done': async ({ dir, logger }) => {
        const target = join(fileURLToPath(dir), EDITOR_BUNDLE_PATH);
        await mkdir(target, { recursive: true });
        const files = (await readdir(decapDist())).filter(isEditorBundleFile);
        await Promise.all(files.map((name) => copyFile(join(decapDist(), name), join(target, name))));
        logger.info(`Copied the browser editor (Decap CMS, ${files.length} files) to /${EDITOR_BUNDLE_PATH}.`);
      },
    },
  };
}
