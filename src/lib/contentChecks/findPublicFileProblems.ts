import type { IntegrationResolvedRoute } from 'astro';
import { imageMetadata } from 'astro/assets/utils';
import { Parser } from 'htmlparser2';
import { readFile, stat } from 'node:fs/promises';
import { basename, extname, relative } from 'node:path';
import { EDITOR_PATH } from '../builtSite/securityHeaders.ts';
import { linkProblem, readFolder, shownPath } from './findSymbolicLinks.ts';

/** Any file in public/: more than this is a video or an archive, which belongs on a host made for it. */
const MAX_PUBLIC_FILE_BYTES = 5_000_000;
/** An image on a page: more than this is a photo straight from a camera, slow on a phone. */
const MAX_IMAGE_BYTES = 1_000_000;
/** An image's longer side: twice the widest a page shows an image, for sharp screens. */
const MAX_IMAGE_SIDE = 4000;

const IMAGE_EXTENSIONS = new Set(['.png', '.jpg', '.jpeg', '.gif', '.webp', '.avif', '.ico']);

/*
 * public/ is copied to the site as it is, past every check the pages get,
 * and served from the site's own address, which its security policy trusts
 * ('self'). So it takes only files a browser shows and never runs: images,
 * PDF documents and fonts. An HTML page there would run its inline script, a
 * .js file would run as the site's own script, a robots.txt or manifest would
 * replace the site's own. Everything else belongs elsewhere, as the refusal
 * says. SVG is code as much as a picture, so it is let in only after the
 * strict check below.
 */
const ALLOWED_EXTENSIONS = new Set([...IMAGE_EXTENSIONS, '.pdf', '.woff', '.woff2']);

/** Why a refused kind of file does not belong in public/, and where it goes instead. */
const REFUSALS: readonly [extensions: string, reason: string][] = [
  [
    'html htm xhtml shtml md mdx',
    'a page in public/ skips every check and the security policy; pages belong in content/ as .mdx',
  ],
  [
    'js mjs cjs ts jsx tsx wasm',
    'scripts cannot be added through public/: the site trusts every script it serves, so scripts live in src/ and are added by a developer',
  ],
  ['css', "styles cannot be added through public/: the site's styles live in src/ and are changed by a developer"],
  [
    // "none": a file without an extension, such as _redirects.
    'txt xml json webmanifest yml yaml toml conf none',
    'the site writes its own robots.txt, sitemap, manifest and host settings, and a file like this one would replace or add to them; ask a developer',
  ],
];

/**
 * The largest SVG: a logo or icon is a few KB (favicon.svg is 0.4 KB). More
 * means a photo or a traced picture inside, which should be a PNG or JPEG,
 * where the image limits above apply (an SVG escapes them), and would take
 * long to check and to draw.
 */
const MAX_SVG_BYTES = 50_000;

/** Elements that draw, and nothing else: no script, style, foreignObject, image, link (a) or animation (set can rewrite an href). */
const SVG_ELEMENTS = new Set(
  `svg g defs symbol use title desc path rect circle ellipse line polyline polygon text tspan
   linearGradient radialGradient stop clipPath mask pattern marker`.split(/\s+/),
);

/** Geometry and presentation attributes. No style attribute: presentation attributes say the same, without CSS. */
const SVG_ATTRIBUTES = new Set(
  `xmlns xmlns:xlink version id class viewBox preserveAspectRatio width height x y x1 y1 x2 y2 cx cy r rx ry fx fy
   d points transform pathLength href xlink:href role aria-label aria-hidden aria-labelledby focusable
   fill fill-opacity fill-rule stroke stroke-width stroke-linecap stroke-linejoin stroke-miterlimit
   stroke-dasharray stroke-dashoffset stroke-opacity opacity color display visibility overflow
   clip-path clip-rule mask marker-start marker-mid marker-end vector-effect shape-rendering paint-order
   font-family font-size font-weight font-style text-anchor dominant-baseline letter-spacing word-spacing
   dx dy rotate textLength lengthAdjust xml:space offset stop-color stop-opacity
   gradientUnits gradientTransform spreadMethod patternUnits patternContentUnits patternTransform
   clipPathUnits maskUnits maskContentUnits markerWidth markerHeight markerUnits refX refY orient`.split(/\s+/),
);

/** The only namespaces an SVG may declare: its own, and XLink for the older xlink:href. */
const SVG_NAMESPACES = new Map([
  ['xmlns', 'http://www.w3.org/2000/svg'],
  ['xmlns:xlink', 'http://www.w3.org/1999/xlink'],
]);

/** Why each of the dangerous elements is refused. */
const DANGEROUS_ELEMENTS = new Map([
  ['script', '<script> runs code'],
  ['foreignObject', '<foreignObject> holds a web page, with scripts of its own'],
  ['style', '<style> can load files from other sites'],
]);

/** What the build writes besides Astro's routes (Astro's own assets, then the steps after it), for the messages. */
const BUILD_OUTPUT: Readonly<Record<string, string>> = {
  _headers: 'the security headers for Netlify and Cloudflare Pages',
  _redirects: 'the redirects for Netlify and Cloudflare Pages',
  '_nginx.conf': 'the settings for nginx',
  'sitemap-index.xml': 'the sitemap',
  'sitemap-0.xml': 'the sitemap',
  'pagefind/': 'the search index',
  '_astro/': "the site's styles and scripts",
  [EDITOR_PATH]: 'the browser editor',
};

/** The parts of Astro's routes (from `astro:routes:resolved`) that say which addresses the site makes. */
export type SiteRoute = Pick<IntegrationResolvedRoute, 'patternRegex' | 'entrypoint'>;

const megabytes = (bytes: number) => `${(bytes / 1_000_000).toFixed(1)} MB`;

/**
 * Files in `publicDir` (copied to the site as they are) that may not be
 * published: links, kinds of file outside the allow-list, unsafe SVG, files
 * too large, and files that would replace a page or file the site makes
 * (`routes`, from Astro, and the build's own files). One message each, naming
 * the file and what to do. Checked before any page is built.
 */
export async function findPublicFileProblems(publicDir: string, routes: readonly SiteRoute[] = []): Promise<string[]> {
  const { files, links, others } = await readFolder(publicDir);
  const problems = await Promise.all(links.map(linkProblem));
  for (const other of others) {
    problems.push(`${shownPath(other)} is not a plain file (a device or a pipe, say): delete it`);
  }
  for (const file of files) {
    const where = shownPath(file);
    const address = `/${relative(publicDir, file).split(/[\\/]/).join('/')}`;
    const replaced = replacedOutput(address, routes);
    if (replaced) {
      problems.push(
        `${where} would replace ${replaced}: a file in public/ cannot take an address the site uses. Rename it or move it to another folder`,
      );
    }
    const problem = await fileProblem(file, where);
    if (problem) problems.push(problem);
  }
  return problems;
}

/** What the site itself puts at `address` (a path from the site's root), if anything. */
function replacedOutput(address: string, routes: readonly SiteRoute[]): string | undefined {
  // x/index.html is the page /x/, as a host serves it.
  const page = address.endsWith('/index.html') ? address.slice(0, -'index.html'.length) : address;
  const route = routes.find((candidate) => candidate.patternRegex.test(page) || candidate.patternRegex.test(address));
  if (route) return `${page}, which the site makes from ${route.entrypoint}`;
  const name = address.slice(1);
  const output = Object.keys(BUILD_OUTPUT).find((out) => (out.endsWith('/') ? name.startsWith(out) : name === out));
  return output && `/${output}, ${BUILD_OUTPUT[output]}, which the build writes`;
}

/** The problem with one file's kind, content or size, if any. */
async function fileProblem(file: string, where: string): Promise<string | undefined> {
  const extension = extname(file).toLowerCase();
  if (basename(file).startsWith('.')) {
    return `${where} is a hidden file, such as one a computer adds to folders (.DS_Store): it is not part of the site, delete it`;
  }
  if (extension === '.svg') return svgFileProblem(await readFile(file), where);
  if (!ALLOWED_EXTENSIONS.has(extension)) {
    const reason =
      REFUSALS.find(([extensions]) => extensions.split(' ').includes(extension.slice(1) || 'none'))?.[1] ??
      'public/ only takes images (PNG, JPEG, WebP, AVIF, GIF, ICO, or SVG that only draws), PDF documents and fonts (WOFF, WOFF2); save a document as PDF, and put videos or archives on a service made for them and link to them';
    return `${where} cannot be published from public/: ${reason}`;
  }
  const { size } = await stat(file);
  if (size > MAX_PUBLIC_FILE_BYTES) {
    return `${where} is ${megabytes(size)}, over the ${megabytes(MAX_PUBLIC_FILE_BYTES)} a file in public/ may be: put large files such as videos or archives on a service made for them, and link to them`;
  }
  if (!IMAGE_EXTENSIONS.has(extension)) return undefined;
  if (size > MAX_IMAGE_BYTES) {
    return `${where} is ${megabytes(size)}, over the ${megabytes(MAX_IMAGE_BYTES)} an image may be: save it smaller (at most ${MAX_IMAGE_SIDE} pixels on its longer side, as a JPEG for photos)`;
  }
  // Astro's own reader of image headers; a file it cannot read is left to the size limit.
  const image = await imageMetadata(await readFile(file)).catch(() => undefined);
  if (image && Math.max(image.width, image.height) > MAX_IMAGE_SIDE) {
    return `${where} is ${image.width} × ${image.height} pixels, over the ${MAX_IMAGE_SIDE} pixels an image may have on its longer side: save it smaller`;
  }
  return undefined;
}

/** An SVG's size, or everything it does besides drawing, as one message. */
function svgFileProblem(bytes: Uint8Array, where: string): string | undefined {
  if (bytes.byteLength > MAX_SVG_BYTES) {
    return `${where} is ${Math.ceil(bytes.byteLength / 1000)} KB, over the ${MAX_SVG_BYTES / 1000} KB an SVG may be: a logo or icon is a few KB, so this one holds a picture; save it as a PNG or JPEG`;
  }
  const reasons = findSvgProblems(bytes);
  if (reasons.length === 0) return undefined;
  // The first few say enough: a web page inside an SVG would list every one of its tags.
  const shownReasons = reasons.length > 4 ? [...reasons.slice(0, 3), `${reasons.length - 3} more`] : reasons;
  return `${where} cannot be published: ${shownReasons.join('; ')}. An SVG in public/ may only draw: export it as a plain, optimised SVG (for example Inkscape's "Plain SVG", or SVGOMG), or save it as a PNG`;
}

/** A value as a message shows it: short, on one line. */
const shown = (value: string) => JSON.stringify(value.length > 60 ? `${value.slice(0, 57)}...` : value);

/**
 * Why an SVG does more than draw: each element, attribute and instruction,
 * as an XML parser (htmlparser2 in XML mode) reads them, against the
 * allow-lists above. Empty when it only draws.
 */
export function findSvgProblems(bytes: Uint8Array): string[] {
  // Read as UTF-8 or not at all: a browser reads UTF-16 (a byte-order mark, or zero bytes between
  // the letters) into markup that this parser, reading UTF-8, would take for text.
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return ['it is not saved as UTF-8 text'];
  }
  if (text.includes('\0')) return ['it is not saved as UTF-8 text (it has zero bytes, as UTF-16 has)'];
  const reasons = new Set<string>();
  new Parser(
    {
      onprocessinginstruction(name) {
        // htmlparser2 reports the XML declaration, DOCTYPE (with any <!ENTITY>) and <?...?> instructions here.
        if (name.toLowerCase() === '!doctype') {
          reasons.add('it has a DOCTYPE, which can define entities (<!ENTITY>) that hide markup');
        } else if (name !== '?xml') {
          reasons.add(`it has the instruction <${name}>, which a drawing does not need`);
        }
      },
      oncdatastart() {
        reasons.add('it has a CDATA section, which a drawing does not need');
      },
      onopentag(name, attributes) {
        if (!SVG_ELEMENTS.has(name)) {
          reasons.add(DANGEROUS_ELEMENTS.get(name) ?? `<${name}> is not a drawing element`);
        }
        for (const [attribute, value] of Object.entries(attributes)) {
          const namespace = SVG_NAMESPACES.get(attribute);
          if (attribute.toLowerCase().startsWith('on')) {
            reasons.add(`<${name}> has ${attribute}=${shown(value)}, which runs code`);
          } else if (!SVG_ATTRIBUTES.has(attribute)) {
            reasons.add(`<${name}> has the attribute ${attribute}, which is not a drawing attribute`);
          } else if (namespace !== undefined && value !== namespace) {
            reasons.add(`${attribute}=${shown(value)} is not the namespace ${namespace}`);
          } else if ((attribute === 'href' || attribute === 'xlink:href') && !value.startsWith('#')) {
            reasons.add(`<${name}> links to ${shown(value)}: only a link inside the drawing (#name) is allowed`);
          } else if (!urlsAreInside(value)) {
            reasons.add(`<${name}> has ${attribute}=${shown(value)}: only url(#name), inside the drawing, is allowed`);
          }
        }
      },
    },
    { xmlMode: true },
  ).end(text);
  return [...reasons];
}

/**
 * Whether every url(...) in a value points inside the drawing (#name). A
 * backslash is refused too: CSS would read an escaped u\72l( as url(.
 */
function urlsAreInside(value: string): boolean {
  if (value.includes('\\')) return false;
  const parts = value.toLowerCase().split('url(').slice(1);
  return parts.every((rest) => /^\s*['"]?#/.test(rest));
}
