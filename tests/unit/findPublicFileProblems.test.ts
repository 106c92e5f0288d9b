import { access, mkdir, mkdtemp, readdir, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { shownPath } from '../../src/lib/contentChecks/findSymbolicLinks.ts';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import {
  findPublicFileProblems,
  findSvgProblems,
  type SiteRoute,
} from '../../src/lib/contentChecks/findPublicFileProblems.ts';

/** The first bytes of a PNG of the given size: signature, then the IHDR chunk. */
function pngHeader(width: number, height: number): Uint8Array {
  const bytes = new Uint8Array(33);
  const view = new DataView(bytes.buffer);
  bytes.set([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  view.setUint32(8, 13);
  bytes.set([0x49, 0x48, 0x44, 0x52], 12);
  view.setUint32(16, width);
  view.setUint32(20, height);
  return bytes;
}

/** A JPEG start: SOI, an APP0 segment, then a SOF0 frame header of the given size. */
function jpegHeader(width: number, height: number): Uint8Array {
  const bytes = new Uint8Array([
    0xff, 0xd8, 0xff, 0xe0, 0x00, 0x04, 0x00, 0x00, 0xff, 0xc0, 0x00, 0x11, 0x08, 0, 0, 0, 0, 0x03,
  ]);
  const view = new DataView(bytes.buffer);
  view.setUint16(13, height);
  view.setUint16(15, width);
  return bytes;
}

/**
 * The site's routes as Astro 7 resolves them (the `patternRegex` and
 * `entrypoint` that `astro:routes:resolved` gives, printed from a real
 * `astro sync`), so no build is needed here. The last test checks that each
 * entry point still exists.
 */
const SITE_ROUTES: SiteRoute[] = [
  { patternRegex: /^\/$/, entrypoint: 'src/pages/index.astro' },
  { patternRegex: /^\/404\/$/, entrypoint: 'src/pages/404.astro' },
  { patternRegex: /^\/admin\/$/, entrypoint: 'src/pages/admin/index.astro' },
  { patternRegex: /^\/benefits\/([^/]+?)\/$/, entrypoint: 'src/pages/benefits/[slug].astro' },
  { patternRegex: /^\/benefits\/$/, entrypoint: 'src/pages/benefits.astro' },
  { patternRegex: /^\/for\/([^/]+?)\/$/, entrypoint: 'src/pages/for/[role].astro' },
  { patternRegex: /^\/icons\/([^/]+?)\.png$/, entrypoint: 'src/pages/icons/[name].png.ts' },
  { patternRegex: /^\/make-the-case\/$/, entrypoint: 'src/pages/make-the-case.astro' },
  { patternRegex: /^\/manifest\.webmanifest$/, entrypoint: 'src/pages/manifest.webmanifest.ts' },
  { patternRegex: /^\/og\/(.*?)\.png$/, entrypoint: 'src/pages/og/[...key].png.ts' },
  { patternRegex: /^\/robots\.txt$/, entrypoint: 'src/pages/robots.txt.ts' },
  { patternRegex: /^\/search\/$/, entrypoint: 'src/pages/search.astro' },
  { patternRegex: /^\/value\/$/, entrypoint: 'src/pages/value.astro' },
  { patternRegex: /^\/([^/]+?)\/$/, entrypoint: 'src/pages/[page].astro' },
];

const HOSTILE = 'tests/fixtures/hostile/public';

let root: string;
let folders = 0;
beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'public-files-'));
});
afterAll(() => rm(root, { recursive: true, force: true }));

/** A new public/ folder holding `files` (path → content). */
async function publicWith(files: Record<string, string | Uint8Array>): Promise<string> {
  const dir = join(root, `public-${++folders}`);
  await mkdir(dir, { recursive: true });
  for (const [path, content] of Object.entries(files)) {
    await mkdir(dirname(join(dir, path)), { recursive: true });
    await writeFile(join(dir, path), content);
  }
  return dir;
}

const where = (dir: string, name: string) => shownPath(join(dir, name));

const svg = (body: string, attributes = '') =>
  `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"${attributes}>${body}</svg>`;

/** An SVG's text as the bytes of a file, UTF-8 unless told. */
const bytes = (text: string, encoding: BufferEncoding = 'utf8') => Buffer.from(text, encoding);

describe('findPublicFileProblems: sizes', () => {
  test('names files too large to publish, with size, limit and what to do; leaves the rest alone', async () => {
    const dir = await publicWith({
      'favicon.svg': '<svg xmlns="http://www.w3.org/2000/svg"></svg>',
      'images/fine.png': pngHeader(1200, 800),
      'images/huge.png': pngHeader(20_000, 20_000),
      'images/wide.jpg': jpegHeader(6000, 480),
      'images/tall.gif': new Uint8Array([0x47, 0x49, 0x46, 0x38, 0x39, 0x61, 0x20, 0x03, 0x58, 0x1b]),
      'images/fine.gif': new Uint8Array([0x47, 0x49, 0x46, 0x38, 0x39, 0x61, 0x20, 0x03, 0x58, 0x02]),
      'images/not-an-image.png': '<svg xmlns="http://www.w3.org/2000/svg"></svg>',
      'images/camera.jpg': new Uint8Array(1_200_000),
      'annual-report.pdf': new Uint8Array(6_000_000),
    });
    const tooLarge = (name: string, size: string) =>
      `${where(dir, name)} is ${size} pixels, over the 4000 pixels an image may have on its longer side: save it smaller`;
    expect(await findPublicFileProblems(dir)).toEqual([
      `${where(dir, 'annual-report.pdf')} is 6.0 MB, over the 5.0 MB a file in public/ may be: put large files such as videos or archives on a service made for them, and link to them`,
      `${where(dir, 'images/camera.jpg')} is 1.2 MB, over the 1.0 MB an image may be: save it smaller (at most 4000 pixels on its longer side, as a JPEG for photos)`,
      tooLarge('images/huge.png', '20000 × 20000'),
      tooLarge('images/tall.gif', '800 × 7000'),
      tooLarge('images/wide.jpg', '6000 × 480'),
    ]);
  });
});

describe('findPublicFileProblems: only images, PDF and fonts', () => {
  test('takes every allowed kind, whatever the case of its extension', async () => {
    const names = [
      'a.png',
      'b.JPG',
      'c.jpeg',
      'd.webp',
      'e.avif',
      'f.gif',
      'favicon.ico',
      'g.pdf',
      'h.woff',
      'i.woff2',
    ];
    const dir = await publicWith(Object.fromEntries(names.map((name) => [`files/${name}`, 'x'])));
    expect(await findPublicFileProblems(dir)).toEqual([]);
  });

  test.each([
    [
      'evil.html',
      'cannot be published from public/: a page in public/ skips every check and the security policy; pages belong in content/ as .mdx',
    ],
    ['notes.md', 'pages belong in content/ as .mdx'],
    ['app.js', 'cannot be published from public/: scripts cannot be added through public/'],
    ['module.mjs', 'scripts cannot be added through public/'],
    ['site.css', "styles cannot be added through public/: the site's styles live in src/"],
    ['data.json', 'the site writes its own robots.txt, sitemap, manifest and host settings'],
    ['_redirects', 'the site writes its own robots.txt, sitemap, manifest and host settings'],
    [
      'talk.mp4',
      'public/ only takes images (PNG, JPEG, WebP, AVIF, GIF, ICO, or SVG that only draws), PDF documents and fonts',
    ],
    ['minutes.docx', 'save a document as PDF'],
    [
      '.DS_Store',
      'is a hidden file, such as one a computer adds to folders (.DS_Store): it is not part of the site, delete it',
    ],
  ])('refuses %s, naming it and saying what to do', async (name, message) => {
    const dir = await publicWith({ [`files/${name}`]: 'x' });
    const problems = await findPublicFileProblems(dir);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain(`${where(dir, `files/${name}`)} `);
    expect(problems[0]).toContain(message);
  });
});

describe('findSvgProblems', () => {
  test('passes the site’s own favicon and a drawing with inside links and paints', async () => {
    expect(findSvgProblems(await readFile('public/favicon.svg'))).toEqual([]);
    expect(
      findSvgProblems(
        bytes(
          `\uFEFF<?xml version="1.0" encoding="UTF-8"?>\n<!-- a logo -->\n${svg(
            '<title>Logo</title><defs><linearGradient id="g"><stop offset="0" stop-color="#fff"/></linearGradient>' +
              '<path id="p" d="M0 0h4"/></defs><rect width="4" height="4" fill="url(#g)" clip-path="url( \'#c\' )"/>' +
              '<use href="#p"/><use xlink:href="#p"/><text x="1" y="2">Hi &amp; welcome</text>',
            ' xmlns:xlink="http://www.w3.org/1999/xlink" role="img" aria-label="Logo"',
          )}`,
        ),
      ),
    ).toEqual([]);
  });

  test.each([
    ['<script>', svg('<script>alert(1)</script>'), '<script> runs code'],
    [
      '<foreignObject>',
      svg('<foreignObject><p xmlns="http://www.w3.org/1999/xhtml">Hi</p></foreignObject>'),
      '<foreignObject> holds a web page, with scripts of its own',
    ],
    ['<style>', svg('<style>rect { fill: red }</style>'), '<style> can load files from other sites'],
    ['another element', svg('<image href="#x"/>'), '<image> is not a drawing element'],
    [
      'an animation',
      svg('<a><set attributeName="href" to="javascript:alert(1)"/></a>'),
      '<set> is not a drawing element',
    ],
    [
      'a namespaced script',
      svg('<h:script xmlns:h="http://www.w3.org/1999/xhtml"/>'),
      '<h:script> is not a drawing element',
    ],
    ['onload', svg('', ' onload="alert(1)"'), '<svg> has onload="alert(1)", which runs code'],
    [
      'any on… attribute, in any case',
      svg('<rect onMouseOver="x()"/>'),
      '<rect> has onMouseOver="x()", which runs code',
    ],
    [
      'an outside href',
      svg('<use href="https://example.org/s.svg#a"/>'),
      '<use> links to "https://example.org/s.svg#a"',
    ],
    ['an outside xlink:href', svg('<use xlink:href="data:image/svg+xml,x"/>'), '<use> links to "data:image/svg+xml,x"'],
    [
      'a javascript: href',
      svg('<use href=" javascript:alert(1)"/>'),
      'only a link inside the drawing (#name) is allowed',
    ],
    [
      'an outside url()',
      svg('<rect fill="URL(https://example.org/p.svg#p)"/>'),
      '<rect> has fill="URL(https://example.org/p.svg#p)": only url(#name), inside the drawing, is allowed',
    ],
    ['a second url() after an inside one', svg('<rect fill="url(#a) url(x.svg)"/>'), 'only url(#name)'],
    ['an escaped url()', svg('<rect fill="u\\72l(x.svg)"/>'), 'only url(#name)'],
    ['an entity-encoded url()', svg('<rect fill="&#x75;rl(x.svg)"/>'), '<rect> has fill="url(x.svg)"'],
    [
      'a style attribute',
      svg('<rect style="fill:red"/>'),
      '<rect> has the attribute style, which is not a drawing attribute',
    ],
    [
      'another namespace',
      svg('<g xmlns="http://www.w3.org/1999/xhtml"/>'),
      'xmlns="http://www.w3.org/1999/xhtml" is not the namespace http://www.w3.org/2000/svg',
    ],
    [
      'a DOCTYPE with an entity',
      `<!DOCTYPE svg [<!ENTITY x "<script>alert(1)</script>">]>${svg('&x;')}`,
      'it has a DOCTYPE, which can define entities (<!ENTITY>) that hide markup',
    ],
    [
      'a stylesheet instruction',
      `<?xml-stylesheet href="https://example.org/a.css"?>${svg('')}`,
      'it has the instruction <?xml-stylesheet>, which a drawing does not need',
    ],
    ['a CDATA section', svg('<text><![CDATA[<b>]]></text>'), 'it has a CDATA section'],
  ])('refuses %s', (_, text, reason) => {
    const reasons = findSvgProblems(bytes(text));
    expect(reasons.join('\n')).toContain(reason);
  });

  test('refuses UTF-16, which a browser reads into markup that UTF-8 shows as text', () => {
    const hidden = svg('<script>alert(1)</script>');
    expect(findSvgProblems(bytes(`\uFEFF${hidden}`, 'utf16le'))).toEqual(['it is not saved as UTF-8 text']);
    expect(findSvgProblems(bytes(hidden, 'utf16le'))).toEqual([
      'it is not saved as UTF-8 text (it has zero bytes, as UTF-16 has)',
    ]);
  });

  test('a refused SVG in public/ is named once, with every reason and what to do', async () => {
    const dir = await publicWith({
      'logo.svg': svg('<script>x()</script>', ' onload="x()"'),
      'page.svg': svg('<foreignObject><div><p><form><input/></form></p></div></foreignObject>'),
    });
    const advice = `An SVG in public/ may only draw: export it as a plain, optimised SVG (for example Inkscape's "Plain SVG", or SVGOMG), or save it as a PNG`;
    expect(await findPublicFileProblems(dir)).toEqual([
      `${where(dir, 'logo.svg')} cannot be published: <svg> has onload="x()", which runs code; <script> runs code. ${advice}`,
      `${where(dir, 'page.svg')} cannot be published: <foreignObject> holds a web page, with scripts of its own; <div> is not a drawing element; <p> is not a drawing element; 2 more. ${advice}`,
    ]);
  });

  test('refuses an SVG over 50 KB, even a harmless one, and takes one just under', async () => {
    const paths = (count: number) => '<path d="M0 0h32v32H0z" fill="#0c5b58"/>'.repeat(count);
    const dir = await publicWith({ 'huge.svg': svg(paths(1300)), 'big.svg': svg(paths(1200)) });
    expect(await findPublicFileProblems(dir)).toEqual([
      `${where(dir, 'huge.svg')} is 53 KB, over the 50 KB an SVG may be: a logo or icon is a few KB, so this one holds a picture; save it as a PNG or JPEG`,
    ]);
  });
});

describe('findPublicFileProblems: symbolic links are refused, never followed', () => {
  test('a link to a file outside, to a folder, and loops: each named once, with what to do', async () => {
    const outside = await publicWith({ 'secret.txt': 'secret', 'folder/evil.html': '<script>x()</script>' });
    const dir = await publicWith({ 'images/fine.png': pngHeader(10, 10) });
    await symlink(join(outside, 'secret.txt'), join(dir, 'x.png'));
    await symlink(join(outside, 'folder'), join(dir, 'images/folder'));
    await symlink('loop-b.png', join(dir, 'loop-a.png'));
    await symlink('loop-a.png', join(dir, 'loop-b.png'));
    await symlink('..', join(dir, 'images/up'));
    const link = (name: string, target: string) =>
      `${where(dir, name)} is a symbolic link (to ${target}): the build never follows a link, because it would publish whatever the link points to, even a file outside the site. Delete the link and copy the real file in instead`;
    expect(await findPublicFileProblems(dir)).toEqual([
      link('images/folder', join(outside, 'folder')),
      link('images/up', '..'),
      link('loop-a.png', 'loop-b.png'),
      link('loop-b.png', 'loop-a.png'),
      link('x.png', join(outside, 'secret.txt')),
    ]);
  });

  test('public/ itself may not be a link', async () => {
    const real = await publicWith({ 'fine.png': pngHeader(10, 10) });
    const dir = join(root, 'linked-public');
    await symlink(real, dir);
    const problems = await findPublicFileProblems(dir);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain(`${dir} is a symbolic link (to ${real})`);
  });
});

describe('findPublicFileProblems: no file may replace one the site makes', () => {
  test.each([
    ['robots.txt', '/robots.txt, which the site makes from src/pages/robots.txt.ts'],
    ['search/index.html', '/search/, which the site makes from src/pages/search.astro'],
    ['index.html', '/, which the site makes from src/pages/index.astro'],
    ['about/index.html', '/about/, which the site makes from src/pages/[page].astro'],
    ['og/benefits/training.png', '/og/benefits/training.png, which the site makes from src/pages/og/[...key].png.ts'],
    ['icons/icon-192.png', '/icons/icon-192.png, which the site makes from src/pages/icons/[name].png.ts'],
    ['_headers', '/_headers, the security headers for Netlify and Cloudflare Pages, which the build writes'],
    ['_nginx.conf', '/_nginx.conf, the settings for nginx, which the build writes'],
    ['sitemap-index.xml', '/sitemap-index.xml, the sitemap, which the build writes'],
    ['pagefind/pagefind-ui.png', '/pagefind/, the search index, which the build writes'],
    ['_astro/logo.png', "/_astro/, the site's styles and scripts, which the build writes"],
    ['admin/decap/logo.png', '/admin/, the browser editor, which the build writes'],
  ])('%s', async (name, replaced) => {
    const dir = await publicWith({ [name]: 'x' });
    const problems = await findPublicFileProblems(dir, SITE_ROUTES);
    expect(problems).toContain(
      `${where(dir, name)} would replace ${replaced}: a file in public/ cannot take an address the site uses. Rename it or move it to another folder`,
    );
  });

  test('files at addresses the site does not use are left alone', async () => {
    const names = [
      'images/og/training.png',
      'icons/logo.ico',
      'benefits/training/photo.jpg',
      'search.png',
      'docs/index.pdf',
    ];
    const dir = await publicWith(Object.fromEntries(names.map((name) => [name, 'x'])));
    expect(await findPublicFileProblems(dir, SITE_ROUTES)).toEqual([]);
  });

  test('the routes above are the site’s: each entry point exists', async () => {
    await Promise.all(SITE_ROUTES.map(({ entrypoint }) => access(entrypoint)));
  });
});

describe('findPublicFileProblems: the hostile corpus and the real folder', () => {
  test(`names every file in ${HOSTILE}/`, async () => {
    const files = (await readdir(HOSTILE, { recursive: true, withFileTypes: true }))
      .filter((entry) => entry.isFile())
      .map((entry) => relative(HOSTILE, join(entry.parentPath, entry.name)));
    expect(files.length).toBeGreaterThanOrEqual(14);
    const problems = await findPublicFileProblems(HOSTILE, SITE_ROUTES);
    for (const file of files) {
      expect(
        problems.some((problem) => problem.startsWith(`${where(HOSTILE, file)} `)),
        file,
      ).toBe(true);
    }
    // The PNG is a real image, so only the route check catches it.
    expect(problems.filter((problem) => problem.includes('og/benefits/training.png'))).toEqual([
      `${where(HOSTILE, 'og/benefits/training.png')} would replace /og/benefits/training.png, which the site makes from src/pages/og/[...key].png.ts: a file in public/ cannot take an address the site uses. Rename it or move it to another folder`,
    ]);
  });

  test('is empty for the site’s own public/ folder', async () => {
    expect(await findPublicFileProblems('public', SITE_ROUTES)).toEqual([]);
  });
});
