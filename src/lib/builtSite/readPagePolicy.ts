import { Parser } from 'htmlparser2';

/*
 * The last line of defense over the built site, whatever let something in
 * (a content check with a hole, a file copied from public/, a template bug):
 * a page is read with an HTML parser, as a browser would, and every script
 * must be one the site itself wrote, known by its text or its file, never by
 * where it stands in the page. Markup that runs code, redirects, replaces
 * the page's addresses or embeds other documents is refused outright.
 */

/** The scripts the site's own templates write, collected while the site is built. */
export interface SiteScripts {
  /** The exact text of each inline script: the layout's (theme, speculation rules) and those Astro inlined from src/. */
  inline: ReadonlySet<string>;
  /** The `src` of each script file the build bundled, as pages write it: `/_astro/tool.B2x.js`. */
  files: ReadonlySet<string>;
}

/** What the policy needs to know about one page. */
export interface PagePolicy {
  /** Markup the site cannot publish, each kind once, in words for the message. */
  problems: string[];
  /** The exact text of each inline script the policy must allow by hash, in page order. */
  scripts: string[];
}

/**
 * Inline script types a browser runs, and speculation rules, which Chromium
 * checks against script-src too (they fetch pages). They need a hash.
 */
const RUN_TYPES = new Set(['', 'module', 'text/javascript', 'application/javascript', 'speculationrules']);
/** Data blocks a browser never runs: structured data for search engines, the editor's configuration. */
const DATA_TYPES = new Set(['application/ld+json', 'application/json']);

/** Elements that embed another document, change every address on the page or redirect it; the site writes none. */
const REFUSED_ELEMENTS: Record<string, string> = {
  base: 'a <base> (it changes where every link goes)',
  iframe: 'an <iframe> (another document inside the page)',
  frame: 'a <frame> (another document inside the page)',
  frameset: 'a <frameset> (other documents in place of the page)',
  object: 'an <object> (an embedded file or document)',
  embed: 'an <embed> (an embedded file or document)',
  applet: 'an <applet> (embedded code)',
  portal: 'a <portal> (another document inside the page)',
};

/** Stands for the site's own address, to tell a path from another site. */
const SITE = 'https://site.invalid';

const shorten = (text: string) => {
  const line = text.replace(/\s+/g, ' ').trim();
  return line.length > 50 ? `${line.slice(0, 47)}…` : line;
};

/**
 * Reads one built page. Scripts the site wrote are returned for hashing;
 * anything else that could run code, redirect, send a form elsewhere or load
 * a document is a problem, named for the message.
 */
export function readPagePolicy(html: string, own: SiteScripts): PagePolicy {
  const problems = new Set<string>();
  const scripts: string[] = [];
  let script: { type: string; code: string } | undefined;
  const ids = new Set<string>();
  new Parser(
    {
      onopentag(name, attributes) {
        // A second element with an id the templates use (search-dialog, main-content) would take over
        // what the site's scripts and skip link reach by that id.
        const id = attributes['id'];
        if (id !== undefined && ids.has(id)) problems.add(`two elements with id="${shorten(id)}"`);
        if (id !== undefined) ids.add(id);
        const refused = REFUSED_ELEMENTS[name];
        if (refused) problems.add(refused);
        if (name === 'meta' && attributes['http-equiv'] !== undefined) {
          problems.add(
            `a <meta http-equiv="${shorten(attributes['http-equiv'])}"> (it can redirect or refresh the page)`,
          );
        }
        // A form's action stays on the site: empty, or a path; never another host or scheme.
        if (name === 'form' && URL.parse(attributes['action'] ?? '', `${SITE}/`)?.origin !== SITE) {
          problems.add(`a <form> that sends to another site (${shorten(attributes['action'] ?? '')})`);
        }
        if (name === 'style') problems.add('an inline <style> element (put styles in the CSS files)');
        if (name === 'script') {
          const type = (attributes['type'] ?? '').trim().toLowerCase();
          const src = attributes['src'];
          if (src !== undefined) {
            if (!own.files.has(src)) problems.add(`a <script src="${shorten(src)}"> the site did not build`);
          } else {
            script = { type, code: '' };
          }
        }
        for (const [attribute, value] of Object.entries(attributes)) {
          if (attribute === 'style') problems.add('a style="…" attribute (use a class instead)');
          else if (/^on/.test(attribute)) problems.add(`an inline event handler (${attribute}="…")`);
          else if (attribute === 'srcdoc') problems.add('a srcdoc="…" attribute (a page inside the page)');
          // Any address attribute: href, src, action, and formaction, xlink:href, data-src and the like.
          else if (/(?:href|src|action)$/.test(attribute) && /^javascript:/i.test(value.replace(/[\s\0]/g, ''))) {
            problems.add('a javascript: address');
          }
        }
      },
      ontext(text) {
        if (script) script.code += text;
      },
      onclosetag(name) {
        if (name !== 'script' || !script) return;
        const { type, code } = script;
        script = undefined;
        if (DATA_TYPES.has(type)) {
          if (!isJson(code)) problems.add(`a <script type="${type}"> that is not data`);
        } else if (RUN_TYPES.has(type) && own.inline.has(code)) {
          scripts.push(code);
        } else {
          problems.add(`an inline <script> the site did not write ("${shorten(code)}")`);
        }
      },
    },
    { decodeEntities: true },
  ).end(html);
  return { problems: [...problems], scripts };
}

function isJson(code: string): boolean {
  try {
    JSON.parse(code);
    return true;
  } catch {
    return false;
  }
}
