import { cp, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { runAstro } from '../support/astroCli.ts';
import { launchChromium, openPage } from '../support/browser.ts';
import { nginxInstalled, startNginx } from '../support/nginx.ts';
import { serveDirectory } from '../support/staticServer.ts';

/*
 * The part of the hostile corpus that must build (tests/fixtures/hostile/
 * content/harmless/: markup in every field, links elsewhere), with the same
 * markup in the site's own files that are bundled into scripts (the letter,
 * the search synonyms). Served under the shipped nginx configuration, and by
 * a host that sends no headers at all, where only the policy in each page's
 * <meta> holds: no script of the content's may run, no page may navigate
 * away or load anything from another host, and the markup must read as text.
 */

const CORPUS = 'tests/fixtures/hostile/content/harmless';
const TITLE = "</title><script>alert('title')</script>";

/** Pages that show the corpus's fields: the pages themselves, the list, a role page, the letter, search, 404. */
const PAGES = [
  'benefits/markup-in-fields/',
  'benefits/links-elsewhere/',
  'benefits/',
  'for/students/',
  'make-the-case/',
  'search/?q=alert',
  '',
  'no-such-page/',
];

let workDir: string;
let distDir: string;
let browser: Browser;

beforeAll(async () => {
  workDir = await mkdtemp(join(tmpdir(), 'hostile-site-'));
  const contentDir = join(workDir, 'content');
  await cp('content', contentDir, { recursive: true });
  for (const file of await readdir(CORPUS)) await cp(join(CORPUS, file), join(contentDir, 'benefits', file));
  const letter = join(contentDir, 'site', 'letter.yaml');
  await writeFile(
    letter,
    (await readFile(letter, 'utf8')).replace(/^ {2}I would be glad/m, "  </script><script>alert('letter')</script> $&"),
  );
  await writeFile(
    join(contentDir, 'search-synonyms.yaml'),
    `${await readFile(join(contentDir, 'search-synonyms.yaml'), 'utf8')}- </script><!--, hostile group\n`,
  );
  distDir = join(workDir, 'dist');
  const { code, output } = await runAstro(['build', '--force', '--outDir', distDir], { CONTENT_DIR: contentDir });
  if (code !== 0) throw new Error(`the hostile site did not build:\n${output}`);
  // A control, written after the build as no content could be: it shows the watch below sees what it must.
  await writeFile(
    join(distDir, 'control.html'),
    '<!doctype html><title>Control</title><script>alert("control")</script><meta http-equiv="refresh" content="0; url=https://other.example/">',
  );
  browser = await launchChromium();
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await rm(workDir, { recursive: true, force: true });
});

/**
 * Opens `path` at `origin` and everything a visitor would do there that
 * shows the corpus's words, and returns what should never happen: a dialog,
 * a request to another host, the page navigating away.
 */
async function incidentsOn(origin: string, path: string): Promise<{ incidents: string[]; page: Page }> {
  const incidents: string[] = [];
  const page = await openPage(browser, `${origin}/${path}`, {}, async (page) => {
    await page.route('**/*', async (route) => {
      const url = new URL(route.request().url());
      if (url.origin === origin) return route.continue();
      incidents.push(`a request to ${url.href}`);
      return route.abort();
    });
    page.on('dialog', (dialog) => {
      incidents.push(`a dialog: ${dialog.message()}`);
      void dialog.dismiss();
    });
    page.on('framenavigated', (frame) => {
      if (frame === page.mainFrame() && new URL(frame.url()).origin !== origin)
        incidents.push(`went to ${frame.url()}`);
    });
  });
  await page.waitForLoadState('networkidle');
  if (path === 'make-the-case/') {
    // The benefit's case for an employer, and the letter's own words, go into the letter.
    await page.getByLabel(TITLE).check();
    await page.getByLabel('Your name').fill('Sam');
  }
  if (path === 'benefits/markup-in-fields/') {
    // The search dialog shows the page's title and excerpt among its results.
    await page.getByRole('button', { name: 'Search' }).click();
    await page.locator('dialog[data-search-dialog]').getByRole('combobox').fill('alert');
    await expect
      .poll(() => page.locator('dialog[data-search-dialog] li').count(), { timeout: 10_000 })
      .toBeGreaterThan(0);
  }
  await page.waitForLoadState('networkidle');
  return { incidents, page };
}

describe.each([
  ['behind nginx with the shipped configuration', true],
  ['on a host that sends no headers', false],
])('the hostile site %s', (_, behindNginx) => {
  let origin: string;
  let close: () => Promise<void>;
  beforeAll(async () => {
    const server = behindNginx ? await startNginx(distDir) : await serveDirectory(distDir);
    origin = new URL(server.url).origin;
    close = server.close;
  });
  afterAll(async () => {
    await close?.();
  });

  test.skipIf(behindNginx && !nginxInstalled)(
    'the watch sees a script and a redirect on a page no build made',
    async () => {
      const { incidents, page } = await incidentsOn(origin, 'control.html');
      expect(incidents).toContain('a request to https://other.example/');
      // Without headers nothing stops the control's script; behind nginx, the header's policy does.
      if (!behindNginx) expect(incidents).toContain('a dialog: control');
      await page.context().close();
    },
  );

  test.skipIf(behindNginx && !nginxInstalled).each(PAGES)(
    '/%s runs none of its content and stays put',
    async (path) => {
      const { incidents, page } = await incidentsOn(origin, path);
      expect(incidents).toEqual([]);
      if (path === 'benefits/markup-in-fields/') {
        expect((await page.getByRole('heading', { level: 1 }).textContent())?.trim()).toBe(TITLE);
        expect(await page.title()).toContain(TITLE);
      }
      await page.context().close();
    },
  );
});
