import { cp, mkdtemp, readdir, rm, symlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { axeViolations, builtSiteInChromium } from '../support/browser.ts';
import { TEST_BASE_PATH } from '../support/buildSite.ts';
import { nginxInstalled, startNginx, type RunningNginx } from '../support/nginx.ts';

/*
 * The example association's events in Chromium: the events page and a
 * benefit page that lists events, in both themes, at phone and desktop
 * widths (one visit each; everyPage.test.ts and accessibility.test.ts cover
 * the general guide), and its calendar files behind nginx with the shipped
 * configuration.
 */
const site = builtSiteInChromium(inject('baseDistDir'), TEST_BASE_PATH);

describe('pages with events have no axe violations', () => {
  test.each([
    ['/events/', 'light', 1280],
    ['/events/', 'dark', 1280],
    ['/events/', 'dark', 320],
    ['/benefits/training/', 'light', 320],
  ] as const)('%s, %s theme, %i px wide', async (path, theme, width) => {
    const page = await site.open(path, {
      viewport: { width, height: 900 },
      colorScheme: theme,
      reducedMotion: 'reduce',
    });
    expect(await page.locator('[data-event]').count()).toBeGreaterThan(0);
    expect(await axeViolations(page), `${path}, ${theme}, ${width}px`).toEqual([]);
    // No sideways scroll on a phone: every event's name, place and links wrap.
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow, `${path} at ${width}px`).toBeLessThanOrEqual(0);
    await page.context().close();
  });
});

describe.skipIf(!nginxInstalled)('calendar files behind nginx with the shipped configuration', () => {
  let root: string;
  let server: RunningNginx;

  beforeAll(async () => {
    // The general guide as built for the root (its _nginx.conf), with the association's calendar files added.
    const guide = inject('distDir');
    root = await mkdtemp(join(tmpdir(), 'events-nginx-'));
    for (const entry of await readdir(guide)) await symlink(join(guide, entry), join(root, entry));
    await cp(join(inject('baseDistDir'), 'events'), join(root, 'events'), {
      recursive: true,
      filter: (source) => !source.endsWith('.html') && !/\.(?:br|gz)$/.test(source),
    });
    server = await startNginx(root);
  });

  afterAll(async () => {
    await server?.close();
    await rm(root, { recursive: true, force: true });
  });

  test('are sent as text/calendar in UTF-8, revalidated, with the security headers', async () => {
    for (const file of ['calendar.ics', 'spring-conference-2027.ics']) {
      const reply = await fetch(new URL(`events/${file}`, server.url));
      expect(reply.status, file).toBe(200);
      expect(reply.headers.get('content-type'), file).toBe('text/calendar; charset=utf-8');
      expect(reply.headers.get('cache-control'), file).toBe('no-cache');
      expect(reply.headers.get('x-content-type-options'), file).toBe('nosniff');
      expect(reply.headers.get('content-security-policy'), file).toContain("default-src 'none'");
      expect(await reply.text(), file).toMatch(/^BEGIN:VCALENDAR\r\n/);
    }
    const missing = await fetch(new URL('events/no-such-event.ics', server.url));
    expect(missing.status).toBe(404);
    expect(missing.headers.get('content-type')).toBe('text/html; charset=utf-8');
  });
});
