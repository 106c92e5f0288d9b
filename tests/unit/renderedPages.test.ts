import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeEach, describe, expect, test } from 'vitest';
import {
  finishRequest,
  readRenderedPages,
  renderedPages,
  startRequest,
  transformPage,
  transformRenderedPages,
} from '../../src/integrations/renderedPages.ts';

const recordingReader = new URL('../fixtures/page-readers/recordingReader.ts', import.meta.url);
const logger = { info: () => undefined } as never;
const integration = renderedPages();
const folders: string[] = [];
afterAll(() => Promise.all(folders.map((folder) => rm(folder, { recursive: true, force: true }))));

async function emptySite(): Promise<string> {
  const siteDir = await mkdtemp(join(tmpdir(), 'rendered-pages-'));
  folders.push(siteDir);
  return siteDir;
}

function bytes(html: string): Uint8Array<ArrayBuffer> {
  return new Uint8Array(Buffer.from(html, 'utf8'));
}

/** Renders `path` through the tap as the middleware would, and returns what Astro would write. */
function render(turn: number, path: string, html: string): string {
  const written = transformPage(path, bytes(html));
  const text = Buffer.from(written).toString('utf8');
  finishRequest(turn, { path, route: '/benefits/[slug]', bytes: written });
  return text;
}

beforeEach(async () => {
  await integration.hooks['astro:build:start']?.({ logger } as never);
});

describe('the rendered pages tap', () => {
  test('is idle outside a build: the dev server renders as if it were not there', () => {
    Reflect.deleteProperty(globalThis, Symbol.for('library-association-benefits.rendered-pages'));
    expect(startRequest()).toBeUndefined();
    const page = bytes('<p>as it was</p>');
    expect(transformPage('/a/', page)).toBe(page);
  });

  test('gives readers every page in the order requests started, whatever order they finish in', async () => {
    const reader = readRenderedPages<object, { path: string }[]>(recordingReader, {});
    const turns = [startRequest(), startRequest(), startRequest(), startRequest()] as number[];
    render(turns[2] as number, '/c/', '<p>c</p>');
    finishRequest(turns[1] as number, null); // an image route: not a page
    render(turns[3] as number, '/d/', '<p>d</p>');
    render(turns[0] as number, '/a/', '<p>a</p>');
    const read = await reader.finish(await emptySite());
    expect(read.map((page) => page.path)).toEqual(['/a/', '/c/', '/d/']);
  });

  test('applies transforms to the bytes written and read, keeping text that is not ASCII intact', async () => {
    transformRenderedPages(({ bytesText }) => bytesText.replace('<head>', '<head><meta name="checked">'));
    const reader = readRenderedPages<object, { html: string }[]>(recordingReader, {});
    const written = render(
      startRequest() as number,
      '/a/',
      '<html><head></head><body>Café — “quoted” ⌘K</body></html>',
    );
    expect(written).toBe('<html><head><meta name="checked"></head><body>Café — “quoted” ⌘K</body></html>');
    const [read] = await reader.finish(await emptySite());
    expect(read?.html).toBe(written);
  });

  test('fails the reader’s result, rather than hanging, when it throws', async () => {
    const reader = readRenderedPages(recordingReader, { failOn: '/b/' });
    render(startRequest() as number, '/a/', '<p>a</p>');
    render(startRequest() as number, '/b/', '<p>b</p>');
    await expect(reader.finish(await emptySite())).rejects.toThrow(/cannot read \/b\//);
  });

  test('checks from disk, and transforms, HTML Astro wrote without a route, such as a file from public/', async () => {
    transformRenderedPages(({ bytesText }) => bytesText.replace('<head>', '<head><meta name="checked">'));
    const reader = readRenderedPages<object, { path: string }[]>(recordingReader, {});
    const siteDir = await emptySite();
    await mkdir(join(siteDir, 'a'));
    await writeFile(
      join(siteDir, 'a', 'index.html'),
      render(startRequest() as number, '/a/', '<html><head></head></html>'),
    );
    await writeFile(join(siteDir, 'google123.html'), '<html><head></head><body>verification</body></html>');
    await integration.hooks['astro:build:done']?.({ dir: new URL(`file://${siteDir}/`), logger } as never);
    const read = await reader.finish(siteDir);
    expect(read.map((page) => page.path)).toEqual(['/a/', '/google123.html']);
    expect(await readFile(join(siteDir, 'google123.html'), 'utf8')).toContain('<meta name="checked">');
    expect(await readFile(join(siteDir, 'a', 'index.html'), 'utf8')).toBe(
      '<html><head><meta name="checked"></head></html>',
    );
  });
});
