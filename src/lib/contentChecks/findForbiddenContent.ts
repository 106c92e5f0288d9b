import type { MdastNode, MdxJsxAttributeNode, MdxJsxFlowElement, MdxJsxTextElement } from 'satteri';
import { closestMatch } from './closestMatch.ts';

/*
 * Content is data, not code. A page's text may hold Markdown, the site's own
 * building blocks and a few plain HTML elements, and nothing that runs at
 * build time (imports, {…} expressions), runs in the reader's browser
 * (scripts, event handlers, javascript: addresses), changes the page around
 * it (styles, <base>, <meta>), sends readers' data elsewhere (forms) or
 * loads things from other sites (frames, embeds, images). The check works
 * on the parsed Markdown tree (mdast, with the MDX node types), before
 * anything is compiled or rendered.
 */

export interface ContentProblem {
  /** Line in the file, when the parser gave one. */
  line: number | undefined;
  message: string;
}

/** How many lists, quotes and elements may sit inside one another. Deeper text is not readable, and crashes the renderer. */
export const MAX_NESTING = 20;

/** Plain HTML elements editors may write, besides the building blocks. None can run code or load anything. */
const ALLOWED_HTML_ELEMENTS = new Set(
  `a abbr b blockquote br caption cite code dd del details dfn div dl dt em figcaption figure h2 h3 h4 h5 h6 hr
   i img ins kbd li mark ol p q s small span strong sub summary sup table tbody td tfoot th thead tr u ul`.split(/\s+/),
);

/**
 * Attributes plain elements may have. Anything else could load something
 * (srcset, background, ping), steer the site's own scripts or search index
 * (data-*, name), dress text up as the site's own controls with its classes
 * (class), hand the template's powers to content (set:html, is:raw) or is
 * simply not needed in text.
 */
const ALLOWED_ATTRIBUTES = new Set(
  `abbr alt cite colspan datetime dir headers height href hreflang id lang open rel reversed role rowspan
   scope src start target title type width`.split(/\s+/),
);

/** Elements refused with a reason of their own, because editors are likely to paste them from elsewhere. */
const REFUSED_ELEMENTS: Record<string, string> = {
  script: 'a <script>: the text of a page cannot run code. Remove it; if the page needs a tool, ask a developer',
  style:
    'a <style> block: the look of the page comes from the site. Remove it; use a building block such as <Callout> to set text apart',
  iframe:
    'an <iframe>: content cannot show other sites inside a page. Remove it and link to the page instead: [what it shows](https://…)',
  object: 'an <object>: content cannot embed files or other sites. Remove it and link to the file or page instead',
  embed: 'an <embed>: content cannot embed files or other sites. Remove it and link to the file or page instead',
  base: 'a <base>: it would change where every link on the page goes. Remove it',
  meta: 'a <meta>: content cannot redirect, refresh or describe the page this way. Remove it; the frontmatter describes the page, and a developer can add a redirect',
  form: "a <form>: it would send readers' answers to another place. Remove it and link to the association's own form instead",
};

const EXPRESSION_ADVICE = 'the text of a page cannot run code. To show a { as text, write \\{';

const NESTING_TYPES = new Set(['list', 'blockquote', 'mdxJsxFlowElement', 'mdxJsxTextElement']);

/** The building blocks editors may use by name (`Callout`, …), each with the props it takes. */
export type ComponentProps = Readonly<Record<string, readonly string[]>>;

/**
 * Everything in a parsed content file that the allow-list refuses, each with
 * its line, what was found and what to write instead.
 */
export function findForbiddenContent(root: MdastNode, components: ComponentProps): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const report = (node: MdastNode, message: string | undefined) => {
    if (message) problems.push({ line: node.position?.start.line, message });
  };
  const imageReferences: { node: MdastNode; identifier: string }[] = [];
  const definitions = new Map<string, string>();

  // Iterative, so a hostile file nested thousands deep cannot overflow the stack of the check itself.
  const stack = [{ node: root, depth: 0 }];
  for (let next = stack.pop(); next; next = stack.pop()) {
    const { node } = next;
    const depth = NESTING_TYPES.has(node.type) ? next.depth + 1 : next.depth;
    if (depth > MAX_NESTING) {
      // One message for the whole too-deep part, not one per level.
      report(
        node,
        `lists, quotes or elements are nested more than ${MAX_NESTING} levels deep: readers cannot follow that, and the site cannot build it. Use at most ${MAX_NESTING} levels, for example by splitting the text into sections with ## headings`,
      );
      continue;
    }
    switch (node.type) {
      case 'mdxjsEsm':
        report(
          node,
          `an import or export line ("${shorten(node.value.split('\n')[0] ?? '')}"): the text of a page cannot load code or files. Remove the line; the building blocks work without it`,
        );
        break;
      case 'mdxFlowExpression':
      case 'mdxTextExpression':
        if (!isOnlyComments(node.value)) {
          report(node, `a {…} expression ("{${shorten(node.value)}}"): ${EXPRESSION_ADVICE}`);
        }
        break;
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement':
        // A refused element is reported once, not again for what it holds.
        if (!checkElement(node, components, report)) continue;
        break;
      case 'html':
        report(node, rawHtml(node.value));
        break;
      case 'definition':
        definitions.set(node.identifier, node.url);
        report(node, addressProblem(node.url, false));
        break;
      case 'link':
      case 'image':
        if (node.url) report(node, addressProblem(node.url, node.type === 'image'));
        break;
      case 'imageReference':
        imageReferences.push({ node, identifier: node.identifier });
        break;
    }
    const children: MdastNode[] = 'children' in node ? node.children : [];
    for (let index = children.length - 1; index >= 0; index--) {
      const child = children[index];
      if (child) stack.push({ node: child, depth });
    }
  }
  // An image written ![alt][name] takes its address from the line [name]: …, wherever that is.
  for (const { node, identifier } of imageReferences) {
    const url = definitions.get(identifier);
    if (url) report(node, imageProblem(url));
  }
  return problems.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
}

/** Reports what is wrong with one element; false when it is refused outright, so what it holds is not checked. */
function checkElement(
  node: MdxJsxFlowElement | MdxJsxTextElement,
  components: ComponentProps,
  report: (node: MdastNode, message: string | undefined) => void,
): boolean {
  const name = node.name ?? '';
  if (!name) {
    report(node, 'an empty tag <>…</>: remove the <> and </> around the text');
    return true;
  }
  const refused = REFUSED_ELEMENTS[name.toLowerCase()];
  if (refused) {
    report(node, refused);
    return false;
  }
  const props = Object.hasOwn(components, name) ? components[name] : undefined;
  if (!props && !ALLOWED_HTML_ELEMENTS.has(name)) {
    const names = Object.keys(components);
    const suggestion = closestMatch(name, names);
    report(
      node,
      `<${name}> is not a building block of this site${suggestion ? `: did you mean <${suggestion}>? Otherwise use` : '. Use'} one of ${names.map((component) => `<${component}>`).join(', ')} (see content/README.md), plain Markdown, or a plain element such as <abbr>; to show a < as text, write &lt;`,
    );
    return false;
  }
  for (const attribute of node.attributes) {
    if (attribute.type === 'mdxJsxExpressionAttribute') {
      report(node, `<${name} {…}>: ${EXPRESSION_ADVICE}. Write each attribute as name="value"`);
    } else {
      const attributeName = attribute.name;
      report(
        node,
        (props && propProblem(name, attributeName, props)) ||
          attributeProblem(name, attributeName, attribute.value, props !== undefined),
      );
    }
  }
  return true;
}

/** A building block takes only its documented props; anything else (set:html, class, slot…) is refused by name. */
function propProblem(component: string, name: string, props: readonly string[]): string | undefined {
  if (props.includes(name)) return undefined;
  const suggestion = closestMatch(name, props);
  const takes =
    props.length === 0 ? 'takes no attributes' : `takes only ${props.map((prop) => `${prop}="…"`).join(', ')}`;
  return `<${component} ${name}=…>: <${component}> ${takes}${suggestion ? ` (did you mean ${suggestion}?)` : ''}. Remove the ${name} attribute (see content/README.md)`;
}

/** What is wrong with one attribute's name or value, if anything. */
function attributeProblem(
  element: string,
  name: string,
  value: MdxJsxAttributeNode['value'],
  isComponent: boolean,
): string | undefined {
  if (/^on/i.test(name)) {
    return `<${element} ${name}=…>: an event handler runs code in the reader's browser. Remove the ${name} attribute`;
  }
  if (name.toLowerCase() === 'style') {
    return `<${element} style=…>: the look of the page comes from the site. Remove the style attribute; use a building block such as <Callout> to set text apart`;
  }
  if (!isComponent && !ALLOWED_ATTRIBUTES.has(name.toLowerCase()) && !/^aria-/i.test(name)) {
    return `<${element} ${name}=…>: plain elements in content may not have a ${name} attribute. Remove it; they take only attributes such as href, src, alt, title, lang and aria-…`;
  }
  if (typeof value === 'object' && value !== null) {
    const code = value.value;
    // A building block may be given plain data ({[{ question: '…', answer: '…' }]}), never code.
    if (isComponent && isLiteralData(code)) return undefined;
    return `<${element} ${name}={…}> ("${shorten(code)}"): ${EXPRESSION_ADVICE}. Write the value in quotes: ${name}="…"`;
  }
  if (typeof value !== 'string') return undefined;
  if (isScriptAddress(value)) return `<${element} ${name}="…">: ${addressProblem(value, false)}`;
  return element.toLowerCase() === 'img' && name.toLowerCase() === 'src' ? imageProblem(value) : undefined;
}

/**
 * Raw HTML in a .md file. Markdown hands it to the page as it is, and
 * browsers read markup in ways no check short of a browser's own parser
 * follows (an unbalanced quote, `<!-->`, a stray `</main>`), so none is
 * allowed: .mdx files take the building blocks and plain elements, parsed as
 * JSX, which cannot be left open.
 */
function rawHtml(html: string): string {
  return `raw HTML in a Markdown (.md) file ("${shorten(html)}"): .md pages hold Markdown only. Write it in Markdown, or rename the file to .mdx to use a building block or a plain element such as <abbr> (see "What a page may contain" in content/README.md); to show a < as text, write &lt;`;
}

/** An address with browsers' leniency undone: they ignore tabs, newlines and leading spaces or control characters. */
// eslint-disable-next-line no-control-regex
const cleanAddress = (url: string) => url.replace(/[\u0000-\u0020]/g, '');

const schemeOf = (url: string) => /^([a-z][a-z0-9+.-]*):/.exec(cleanAddress(url).toLowerCase())?.[1] ?? '';

const isScriptAddress = (url: string) => ['javascript', 'data', 'vbscript'].includes(schemeOf(url));

/** What is wrong with a link's or an image's address: code in it, or (for an image) where it comes from. */
function addressProblem(url: string, isImage: boolean): string | undefined {
  if (isScriptAddress(url)) {
    return `a ${schemeOf(url)}: address ("${shorten(url)}"): it would run code or hide a file inside the page. Link to a page or a file with an ordinary address, such as /join/ or https://…`;
  }
  return isImage ? imageProblem(url) : undefined;
}

/**
 * Images come from the site's public/images/, where the build checks their
 * size before anything is built; an image beside the page would go through
 * Astro's image processing instead, which publishes a too-large one as it is.
 */
function imageProblem(url: string): string | undefined {
  if (/^(?:https?:)?[/\\]{2}/i.test(cleanAddress(url))) {
    return `an image from another site ("${shorten(url)}"): it would tell that site who reads the page, and can change or vanish. Save the image in public/images/ and write ![what it shows](/images/name.jpg)`;
  }
  if (!url.trim().startsWith('/')) {
    return `an image that is not in public/images/ ("${shorten(url)}"): the build checks images there. Move it to public/images/ and write ![what it shows](/images/name.jpg)`;
  }
  return undefined;
}

function shorten(text: string): string {
  const oneLine = text.replace(/\s+/g, ' ').trim();
  return oneLine.length > 60 ? `${oneLine.slice(0, 57)}…` : oneLine;
}

/** `{/* a note *\/}` is how MDX writes a comment; it runs nothing. */
function isOnlyComments(code: string): boolean {
  return code.replace(/\/\*[\s\S]*?\*\//g, '').trim() === '';
}

const DATA_TOKEN =
  /\s+|\/\*[\s\S]*?\*\/|"(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*'|`(?:[^`\\$]|\\.|\$(?!\{))*`|-?\d+(?:\.\d+)?|[[\]{},:]|[A-Za-z_$][\w$]*/y;

/**
 * Whether an attribute's {…} holds only data: arrays, objects with plain
 * keys, quoted text, numbers, true, false and null. Read token by token, so
 * nothing that could call, read or compute anything gets through.
 */
export function isLiteralData(code: string): boolean {
  const tokens: string[] = [];
  DATA_TOKEN.lastIndex = 0;
  while (DATA_TOKEN.lastIndex < code.length) {
    const match = DATA_TOKEN.exec(code);
    if (!match) return false;
    if (!/^\s|^\/\*/.test(match[0])) tokens.push(match[0]);
  }
  return tokens.every((token, index) => {
    if (!/^[A-Za-z_$]/.test(token)) return true;
    if (['true', 'false', 'null'].includes(token)) return true;
    // A bare word is only allowed as an object key: after { or , and before :.
    return tokens[index + 1] === ':' && ['{', ','].includes(tokens[index - 1] ?? '');
  });
}
