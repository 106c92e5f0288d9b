/**
 * `npm run edit`: the live site and the browser editor together, with no
 * account. Starts Decap CMS's local backend (decap-server), which writes what
 * the editor saves straight into content/, and `astro dev`, whose editor page
 * (/admin/) is told where that backend is; prints the address to open. Ctrl+C
 * stops both, and so does either of them stopping.
 *
 * Settings (all optional): EDIT_PORT for the site (4321), EDIT_BACKEND_PORT for
 * the backend (8081), CONTENT_DIR for another content folder (the tests use a copy).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { dirname, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const contentDir = resolve(root, process.env['CONTENT_DIR'] ?? 'content');
const sitePort = process.env['EDIT_PORT'] ?? '4321';
const backendPort = process.env['EDIT_BACKEND_PORT'] ?? '8081';
const children: ChildProcess[] = [];

/** Runs a Node program, each line of its output shown under its name, and stops everything when it stops. */
function start(name: string, args: string[], env: NodeJS.ProcessEnv, onLine?: (line: string) => void): void {
  const child = spawn(process.execPath, args, { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] });
  children.push(child);
  for (const stream of [child.stdout, child.stderr]) {
    createInterface({ input: stream }).on('line', (line) => {
      process.stdout.write(`[${name}] ${line}\n`);
      onLine?.(line);
    });
  }
  child.on('exit', (code, signal) => {
    process.stdout.write(`[${name}] stopped (${signal ?? `exit code ${code}`}).\n`);
    stopAll(code ?? 1);
  });
}

let stopping = false;
function stopAll(code: number): void {
  if (stopping) return;
  stopping = true;
  for (const child of children) if (child.exitCode === null) child.kill('SIGTERM');
  process.exitCode = code;
}
process.on('SIGINT', () => stopAll(0));
process.on('SIGTERM', () => stopAll(0));

// The backend serves the folder that holds the content folder; the editor's collections name `content/...` in it.
start('editor backend', [resolve(root, 'node_modules/decap-server/dist/index.js')], {
  PATH: process.env['PATH'],
  PORT: backendPort,
  BIND_HOST: '127.0.0.1',
  MODE: 'fs',
  GIT_REPO_DIRECTORY: dirname(contentDir),
  LOG_LEVEL: 'warn',
});

const astroDev = [resolve(root, 'node_modules/astro/bin/astro.mjs'), 'dev', '--ignore-lock', '--host', '127.0.0.1'];
const backendUrl = `http://127.0.0.1:${backendPort}/api/v1`;
const siteEnv = { ...process.env, CMS_LOCAL_BACKEND_URL: backendUrl, ASTRO_TELEMETRY_DISABLED: '1' };
start('site', [...astroDev, '--port', sitePort], siteEnv, (line) => {
  const local = /(http:\/\/127\.0\.0\.1:\d+\/)/.exec(line);
  if (local?.[1] && /Local/i.test(line)) {
    process.stdout.write(
      `\nEdit the site in your browser: ${local[1]}admin/\nThe live site: ${local[1]}\nSaving in the editor writes the file in ${contentDir}. Press Ctrl+C to stop.\n\n`,
    );
  }
});
