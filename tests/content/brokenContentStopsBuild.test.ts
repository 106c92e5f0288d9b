import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { runAstro } from '../support/astroCli.ts';

/*
 * The real content pipeline (Astro's content sync with the site's own
 * collections) run on a copy of content/ with one broken file added. This is
 * what an editor sees in the terminal when `npm run build` or `npm run dev`
 * meets their mistake. Each case is one real sync (about 1.5 s), so this file
 * keeps to the cases only a real run can prove; the schema's wording is
 * covered by the unit tests.
 */

let workDir: string;

beforeAll(async () => {
  workDir = await mkdtemp(join(tmpdir(), 'broken-content-'));
});

afterAll(async () => {
  await rm(workDir, { recursive: true, force: true });
});

/** A copy of the real content with `fixture` added as content/benefits/<name>.mdx. */
async function contentWith(fixture: string): Promise<string> {
  const dir = join(workDir, fixture);
  await cp('content', dir, { recursive: true });
  await cp(`tests/fixtures/bad-content/${fixture}.mdx`, join(dir, 'benefits', `${fixture}.mdx`));
  return dir;
}

describe('a broken content file stops the build and says where and what to fix', () => {
  test.each([
    ['missing-title', 'title: is missing or not text: write a title of 3 to 70 characters'],
    ['wrong-type-order', 'order: must be a whole number, for example: order: 3'],
    ['description-too-long', 'description: is too long (185 characters)'],
    ['unknown-related', 'related: there is no benefit called "networking-events"'],
    ['impossible-date', 'lastReviewed: "2026-02-30" is not a real date'],
    ['not-a-date', 'lastReviewed: is not a real date: use the form YYYY-MM-DD'],
  ])('%s', async (fixture, message) => {
    const { code, output } = await runAstro(['sync'], { CONTENT_DIR: await contentWith(fixture) });
    expect(code, output).not.toBe(0);
    expect(output).toContain(`${fixture}.mdx`);
    expect(output).toContain(message);
  });

  test('the real content syncs cleanly with the same command', async () => {
    const dir = join(workDir, 'clean');
    await cp('content', dir, { recursive: true });
    const { code, output } = await runAstro(['sync'], { CONTENT_DIR: dir });
    expect(code, output).toBe(0);
  });
});
