import { cp, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { runAstro } from '../support/astroCli.ts';
import { EXAMPLE_ASSOCIATION, withExampleAssociation } from '../support/buildSite.ts';

/*
 * The events collection in the real content pipeline (`astro sync`, as
 * `npm run build` and `npm run dev` start): what an editor sees when every
 * event is over, and when events are added to the general guide. A field's
 * mistake stops the sync like any collection's (brokenContentStopsBuild.test.ts);
 * each event field's message is the schema's, in tests/unit/events.test.ts.
 */

let workDir: string;

beforeAll(async () => {
  workDir = await mkdtemp(join(tmpdir(), 'events-content-'));
});

afterAll(async () => {
  await rm(workDir, { recursive: true, force: true });
});

const SPRING = [
  'title: Spring Conference 2027',
  'kind: conference',
  'start: 2027-04-15',
  'end: 2027-04-16',
  'location: Civic Center, Example Valley',
  'registerUrl: https://evla.example/spring/',
].join('\n');

/** The example association's site, with `events` (file name → YAML) as its only events. */
async function associationWith(name: string, events: Record<string, string>): Promise<Record<string, string>> {
  const dirs = await withExampleAssociation(join(workDir, name));
  await rm(join(dirs.CONTENT_DIR, 'events'), { recursive: true, force: true });
  await mkdir(join(dirs.CONTENT_DIR, 'events'));
  for (const [file, yaml] of Object.entries(events)) await writeFile(join(dirs.CONTENT_DIR, 'events', file), yaml);
  return dirs;
}

const sync = (env: Record<string, string>) => runAstro(['sync'], { BUILD_DATE: EXAMPLE_ASSOCIATION.buildDate, ...env });

describe('what the build does with events it cannot show', () => {
  test('when every event is over it warns, and still builds', async () => {
    const { code, output } = await sync({
      ...(await associationWith('all-past', { 'spring.yaml': SPRING })),
      BUILD_DATE: '2027-04-17',
    });
    expect(code, output).toBe(0);
    expect(output).toContain('No event in');
    expect(output).toContain('ends on or after 2027-04-17, the day of this build, so the site has no events page');
  });

  test('events without an association stop the build, with any date not on the calendar, all at once', async () => {
    const contentDir = join(workDir, 'guide-with-events');
    await cp('content', contentDir, { recursive: true });
    await mkdir(join(contentDir, 'events'));
    await writeFile(join(contentDir, 'events', 'spring.yaml'), SPRING.replace('2027-04-15', '2027-02-30'));
    const { code, output } = await sync({ CONTENT_DIR: contentDir });
    expect(code, output).not.toBe(0);
    expect(output).toContain('events/spring.yaml: start: "2027-02-30" is not a real date');
    expect(output).toContain("events: events are an association's own, and there is no");
  });
});
