import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { resolve } from 'node:path';

export interface CommandResult {
  code: number | null;
  output: string;
}

const astroCli = () => resolve('node_modules/astro/bin/astro.mjs');
const quietEnv = { ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', FORCE_COLOR: '0' };

/**
 * The environment an editor's terminal would have: Vitest's own variables
 * (VITEST, NODE_ENV=test, MODE, DEV, …) change how Astro and Vite behave, so
 * they are removed before starting Astro.
 */
function editorEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (/^(VITEST|NODE_ENV$|TEST$|MODE$|DEV$|PROD$|SSR$|BASE_URL$)/.test(key)) continue;
    env[key] = value;
  }
  return { ...env, ...quietEnv, ...extra };
}

/**
 * Runs the project's Astro CLI with the Node that runs the tests (the pinned
 * Node 24), collecting stdout and stderr together as an editor would see them.
 */
export function runAstro(args: string[], env: Record<string, string> = {}): Promise<CommandResult> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(process.execPath, [astroCli(), ...args], {
      env: editorEnv(env),
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolvePromise({ code, output }));
  });
}

async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((done) => probe.listen(0, '127.0.0.1', done));
  const address = probe.address();
  await new Promise((done) => probe.close(done));
  if (!address || typeof address === 'string') throw new Error('No free port');
  return address.port;
}

export interface DevServer {
  url: string;
  output: () => string;
  stop(): Promise<void>;
}

/** Starts `astro dev` on a free loopback port and waits until it answers. */
export async function startDevServer(env: Record<string, string> = {}): Promise<DevServer> {
  const port = await freePort();
  const child: ChildProcess = spawn(
    process.execPath,
    // --ignore-lock: no single-server lock, and no automatic backgrounding under coding agents.
    [astroCli(), 'dev', '--ignore-lock', '--host', '127.0.0.1', '--port', String(port)],
    { env: editorEnv(env), stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const url = `http://127.0.0.1:${port}/`;
  const stop = () =>
    new Promise<void>((done) => {
      if (child.exitCode !== null) return done();
      child.once('exit', () => done());
      child.kill('SIGTERM');
    });
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`astro dev exited early:\n${output}`);
    const ready = await fetch(url).then(
      (response) => response.ok,
      () => false,
    );
    if (ready) return { url, output: () => output, stop };
    await new Promise((done) => setTimeout(done, 250));
  }
  await stop();
  throw new Error(`astro dev did not answer within 60 s:\n${output}`);
}

export interface EditServer {
  /** The live site, e.g. http://127.0.0.1:4321/. */
  url: string;
  /** The editor, e.g. http://127.0.0.1:4321/admin/. */
  editorUrl: string;
  output: () => string;
  stop(): Promise<void>;
}

/**
 * Starts `npm run edit` (scripts/edit.ts) on free loopback ports, as an editor
 * would, and waits until it prints the editor's address.
 */
export async function startEditServer(env: Record<string, string> = {}): Promise<EditServer> {
  const [sitePort, backendPort] = [await freePort(), await freePort()];
  const child = spawn(process.execPath, [resolve('scripts/edit.ts')], {
    env: editorEnv({ ...env, EDIT_PORT: String(sitePort), EDIT_BACKEND_PORT: String(backendPort) }),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const stop = () =>
    new Promise<void>((done) => {
      if (child.exitCode !== null) return done();
      child.once('exit', () => done());
      child.kill('SIGTERM');
    });
  const editorUrl = await new Promise<string>((resolveUrl, reject) => {
    const timer = setTimeout(() => reject(new Error(`npm run edit did not start within 90 s:\n${output}`)), 90_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const found = /Edit the site in your browser: (\S+)/.exec(output);
      if (found?.[1]) {
        clearTimeout(timer);
        resolveUrl(found[1]);
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.once('exit', () => {
      clearTimeout(timer);
      reject(new Error(`npm run edit stopped:\n${output}`));
    });
  }).catch(async (error: unknown) => {
    await stop();
    throw error;
  });
  return { url: editorUrl.replace(/admin\/$/, ''), editorUrl, output: () => output, stop };
}
