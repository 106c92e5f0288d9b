import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { applySecurityPolicy } from '../../src/lib/builtSite/applySecurityPolicy.ts';
import type { SiteScripts } from '../../src/lib/builtSite/readPagePolicy.ts';
import { scriptHash } from '../../src/lib/builtSite/securityHeaders.ts';

const root = await mkdtemp(join(tmpdir(), 'security-policy-'));
afterAll(() => rm(root, { recursive: true, force: true }));

const page = (main: string) =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><script>theme()</script></head><body><header><script type="module">launch()</script></header><main>${main}</main></body></html>`;

const own: SiteScripts = { inline: new Set(['theme()', 'launch()']), files: new Set() };

async function site(name: string, files: Record<string, string>): Promise<string> {
  const siteDir = join(root, name);
  for (const [file, html] of Object.entries(files)) {
    await mkdir(join(siteDir, file, '..'), { recursive: true });
    await writeFile(join(siteDir, file), html);
  }
  return siteDir;
}

test('every page, routed or not, gets the policy first in <head>, allowing its own template scripts', async () => {
  const siteDir = await site('good', {
    'index.html': page('<p>Home</p>'),
    // Any HTML file in the folder is secured, whatever made it.
    'google-site-verification.html': '<!doctype html><html><head><meta charset="utf-8"></head><body>ok</body></html>',
  });
  expect(await applySecurityPolicy(siteDir, '/', own)).toEqual({ pages: 2, hashes: 2 });
  const home = await readFile(join(siteDir, 'index.html'), 'utf8');
  expect(home).toMatch(
    /^<!doctype html><html lang="en"><head><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="[^"]*'sha256-/,
  );
  expect(home).toContain(scriptHash('theme()'));
  expect(home).toContain(scriptHash('launch()'));
  const verification = await readFile(join(siteDir, 'google-site-verification.html'), 'utf8');
  expect(verification).toMatch(
    /<meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'self' 'wasm-unsafe-eval';/,
  );
  const headers = await readFile(join(siteDir, '_headers'), 'utf8');
  expect(headers).toContain(scriptHash('launch()'));
  expect(existsSync(join(siteDir, '_nginx.conf'))).toBe(true);
});

test('a script the site did not write, or a page the policy cannot go into, stops the build and names the page', async () => {
  const siteDir = await site('bad', {
    'index.html': page('<p>Home</p>'),
    'odd/index.html': page('<script>steal()</script>'),
    // After </main>, where the templates write: the place earns no trust.
    'after-main/index.html': page('</main><script>steal()</script><main>'),
    'no-charset.html': '<html><body>Old file</body></html>',
  });
  const refused = applySecurityPolicy(siteDir, '/', own);
  await expect(refused).rejects.toThrow(/\/odd\/: an inline <script> the site did not write \("steal\(\)"\)/);
  await expect(refused).rejects.toThrow(/\/after-main\/: an inline <script> the site did not write/);
  await expect(refused).rejects.toThrow(/\/no-charset\.html: the page has no <meta charset>/);
  expect(existsSync(siteDir)).toBe(false);
});
