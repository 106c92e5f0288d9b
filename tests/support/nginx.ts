import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer, connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Debian's nginx, or NGINX_PATH. `.ci/run` installs it when missing. */
export const NGINX_PATH = process.env['NGINX_PATH'] ?? '/usr/sbin/nginx';
export const nginxInstalled = existsSync(NGINX_PATH);

/** The OpenSSL command, which makes a throwaway certificate for the TLS tests. `.ci/run` installs it when missing. */
export const OPENSSL_PATH = process.env['OPENSSL_PATH'] ?? '/usr/bin/openssl';
export const opensslInstalled = existsSync(OPENSSL_PATH);

/**
 * Debian's brotli_static module (package libnginx-mod-http-brotli-static), which the shipped
 * configuration uses to send the build's .br files. Debian's own nginx.conf loads it from
 * /etc/nginx/modules-enabled/; the test's configuration loads it by path. `.ci/run` installs it when missing.
 */
const BROTLI_STATIC_MODULE =
  process.env['NGINX_BROTLI_STATIC_MODULE'] ?? '/usr/lib/nginx/modules/ngx_http_brotli_static_module.so';

/** The shipped server block file, which the test serves the site through. */
const SHIPPED_CONFIG = 'deploy/nginx/library-benefits.conf';

export interface RunningNginx {
  /** e.g. http://127.0.0.1:41234/ */
  url: string;
  /** The shipped port-80 block, which sends everything to HTTPS, on its own loopback port. */
  plainHttpUrl: string;
  /**
   * The shipped HTTPS block with its TLS settings, on its own loopback port
   * with a throwaway self-signed certificate; absent without OpenSSL.
   */
  tls?: { host: string; port: number };
  close: () => Promise<void>;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')),
      );
    });
  });
}

/**
 * The shipped HTTPS server block, made to run here: the same directives and
 * the same include of dist/_nginx.conf, but listening on a loopback port
 * without TLS (no certificate exists here), with `dist` at `distDir`.
 */
function localServerBlock(shipped: string, distDir: string, port: number): string {
  const https = serverBlocks(shipped).find((block) => /listen 443 ssl/.test(block));
  if (!https) throw new Error(`${SHIPPED_CONFIG} has no HTTPS server block`);
  const kept = https
    .split('\n')
    .filter((line) => !/^\s*(listen|ssl_)/.test(line))
    .join('\n')
    .replaceAll('/srv/library-benefits/dist', distDir);
  if (!kept.includes(`include ${distDir}/_nginx.conf;`)) {
    throw new Error(`${SHIPPED_CONFIG} no longer includes dist/_nginx.conf from its root`);
  }
  return `server {\n    listen 127.0.0.1:${port};\n${kept}}\n`;
}

const serverBlocks = (config: string) =>
  [...config.matchAll(/^server \{\n([\s\S]*?)^\}/gm)].map((match) => match[1] ?? '');

/** The shipped port-80 block as it is, listening on a loopback port instead. */
function localPlainHttpBlock(shipped: string, port: number): string {
  const plain = serverBlocks(shipped).find((block) => /listen 80;/.test(block));
  if (!plain) throw new Error(`${SHIPPED_CONFIG} has no port-80 server block`);
  const kept = plain
    .split('\n')
    .filter((line) => !/^\s*listen/.test(line))
    .join('\n');
  return `server {\n    listen 127.0.0.1:${port};\n${kept}}\n`;
}

/** The shipped HTTPS block with every TLS setting, its certificate paths pointed at `certDir`. */
function localTlsBlock(shipped: string, distDir: string, port: number, certDir: string): string {
  const https = serverBlocks(shipped).find((block) => /listen 443 ssl/.test(block)) ?? '';
  const kept = https
    .split('\n')
    .filter((line) => !/^\s*listen/.test(line))
    .join('\n')
    .replaceAll('/srv/library-benefits/dist', distDir)
    .replace(/^(\s*ssl_certificate) [^;]+;/m, `$1 ${certDir}/cert.pem;`)
    .replace(/^(\s*ssl_certificate_key) [^;]+;/m, `$1 ${certDir}/key.pem;`);
  if (!kept.includes(`${certDir}/cert.pem`) || !kept.includes(`${certDir}/key.pem`)) {
    throw new Error(`${SHIPPED_CONFIG} no longer sets ssl_certificate and ssl_certificate_key`);
  }
  return `server {\n    listen 127.0.0.1:${port} ssl;\n${kept}}\n`;
}

/** A self-signed RSA certificate for the shipped server name, valid for a day, in `folder`. */
function throwawayCertificate(folder: string): void {
  execFileSync(
    OPENSSL_PATH,
    ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '1', '-subj', '/CN=library-benefits.example'].concat([
      '-keyout',
      join(folder, 'key.pem'),
      '-out',
      join(folder, 'cert.pem'),
    ]),
    { stdio: 'pipe' },
  );
}

async function waitForPort(port: number, nginx: ChildProcess, log: () => string): Promise<void> {
  for (let attempt = 0; attempt < 100; attempt++) {
    if (nginx.exitCode !== null) throw new Error(`nginx exited (${nginx.exitCode}):\n${log()}`);
    const open = await new Promise<boolean>((resolve) => {
      const socket = connect(port, '127.0.0.1', () => {
        socket.end();
        resolve(true);
      });
      socket.once('error', () => resolve(false));
    });
    if (open) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`nginx did not start listening:\n${log()}`);
}

/** Starts nginx in the foreground with the shipped configuration over `distDir`. */
export async function startNginx(distDir: string): Promise<RunningNginx> {
  if (!existsSync(BROTLI_STATIC_MODULE)) {
    throw new Error(
      `nginx's brotli_static module is not installed (${BROTLI_STATIC_MODULE}), and the shipped configuration needs it: ` +
        'apt-get install libnginx-mod-http-brotli-static (.ci/run does), or set NGINX_BROTLI_STATIC_MODULE to where it is.',
    );
  }
  const prefix = await mkdtemp(join(tmpdir(), 'nginx-under-test-'));
  await mkdir(join(prefix, 'tmp'));
  const port = await freePort();
  const plainPort = await freePort();
  const tlsPort = opensslInstalled ? await freePort() : undefined;
  if (tlsPort) throwawayCertificate(prefix);
  const shipped = await readFile(SHIPPED_CONFIG, 'utf8');
  const server = localServerBlock(shipped, distDir, port);
  const config = [
    `load_module ${BROTLI_STATIC_MODULE};`,
    // As root, nginx would hand requests to "nobody", who cannot read the test's private temp folder.
    process.getuid?.() === 0 ? 'user root;' : '',
    'worker_processes 1;',
    'pid tmp/nginx.pid;',
    'error_log stderr warn;',
    'events { worker_connections 64; }',
    'http {',
    '  include /etc/nginx/mime.types;',
    '  default_type application/octet-stream;',
    '  access_log off;',
    ...['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map((kind) => `  ${kind}_temp_path tmp/${kind};`),
    server,
    localPlainHttpBlock(shipped, plainPort),
    tlsPort ? localTlsBlock(shipped, distDir, tlsPort, prefix) : '',
    '}',
  ].join('\n');
  await writeFile(join(prefix, 'nginx.conf'), config);
  let output = '';
  const nginx = spawn(NGINX_PATH, ['-p', prefix, '-c', 'nginx.conf', '-e', 'stderr', '-g', 'daemon off;'], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  nginx.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  nginx.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  await waitForPort(port, nginx, () => output);
  await waitForPort(plainPort, nginx, () => output);
  if (tlsPort) await waitForPort(tlsPort, nginx, () => output);
  return {
    url: `http://127.0.0.1:${port}/`,
    plainHttpUrl: `http://127.0.0.1:${plainPort}/`,
    ...(tlsPort ? { tls: { host: '127.0.0.1', port: tlsPort } } : {}),
    close: async () => {
      if (nginx.exitCode === null) {
        const exited = new Promise((resolve) => nginx.once('exit', resolve));
        nginx.kill('SIGQUIT');
        await exited;
      }
      await rm(prefix, { recursive: true, force: true });
    },
  };
}
