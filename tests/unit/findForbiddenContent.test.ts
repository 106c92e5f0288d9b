import { readFileSync } from 'node:fs';
import { markdownToJs, mdxToJs, type MdastNode } from 'satteri';
import { describe, expect, test } from 'vitest';
import { CONTENT_COMPONENT_PROPS } from '../../src/lib/content/contentComponents.ts';
import {
  findForbiddenContent,
  isLiteralData,
  MAX_NESTING,
  type ContentProblem,
} from '../../src/lib/contentChecks/findForbiddenContent.ts';
import { contentFilesIn } from '../support/contentFiles.ts';

/** Parses `source` with the site's Markdown processor, as the build does, and checks the tree. */
function check(source: string, format: 'mdx' | 'md' = 'mdx'): ContentProblem[] {
  let problems: ContentProblem[] = [];
  const capture = {
    name: 'capture',
    options: { position: true },
    before(root: unknown) {
      problems = findForbiddenContent(root as MdastNode, CONTENT_COMPONENT_PROPS);
    },
  };
  (format === 'mdx' ? mdxToJs : markdownToJs)(source, { mdastPlugins: [capture] });
  return problems;
}

const messages = (source: string, format: 'mdx' | 'md' = 'mdx') =>
  check(source, format).map(({ line, message }) => `${line ?? '?'}: ${message}`);

describe('findForbiddenContent lets through what pages are made of', () => {
  test('Markdown, the building blocks with plain data, plain elements and comments', () => {
    const source = [
      '## A section',
      '',
      'Some **bold** text, a [link](/join/), an [outside link](https://example.org/) and ![a hall](/images/hall.jpg).',
      '',
      '<Callout type="tip" title="Ask early">',
      '',
      'Ask your manager.',
      '',
      '</Callout>',
      '',
      '<Questions items={[{ question: \'Can my employer pay?\', answer: "Some do. Ask." }]} />',
      '',
      '<CallToAction heading="Ready?" />',
      '',
      '<abbr title="Continuing professional development">CPD</abbr> and <a href="/about/" aria-label="About us">about</a>',
      '',
      '{/* a note for other editors */}',
    ].join('\n');
    expect(messages(source)).toEqual([]);
  });

  test('every page of the real content', () => {
    const files = ['benefits', 'pages', 'roles'].flatMap((folder) => contentFilesIn(`content/${folder}`));
    expect(files.length).toBeGreaterThan(5);
    for (const file of files) {
      const body = readFileSync(file, 'utf8').replace(/^---\n[\s\S]*?\n---\n/, '');
      expect(messages(body), file).toEqual([]);
    }
  });

  test('nesting up to the limit', () => {
    const list = Array.from({ length: MAX_NESTING }, (_, level) => `${'  '.repeat(level)}- item`).join('\n');
    expect(messages(list)).toEqual([]);
  });
});

describe('findForbiddenContent refuses code and outside content, by line, with what to do', () => {
  test.each([
    ['import { readFileSync } from "node:fs"', 'an import or export line ("import { readFileSync } from "node:fs"")'],
    ['export const year = 2026', 'an import or export line'],
    ['Your path is {process.env.PATH}.', 'a {…} expression ("{process.env.PATH}"): the text of a page cannot run code'],
    ['{1 + 1}', 'To show a { as text, write \\{'],
    ['<script>alert(1)</script>', 'a <script>: the text of a page cannot run code'],
    ['<style>{"p { color: red }"}</style>', 'a <style> block'],
    ['<iframe src="https://example.org/" />', 'an <iframe>: content cannot show other sites'],
    ['<object data="file.swf" />', 'an <object>'],
    ['<embed src="file.swf" />', 'an <embed>'],
    ['<base href="https://example.org/" />', 'a <base>: it would change where every link on the page goes'],
    ['<meta httpEquiv="refresh" content="0; url=https://example.org/" />', 'a <meta>: content cannot redirect'],
    ['<form action="https://example.org/"><input name="email" /></form>', "a <form>: it would send readers' answers"],
    ['<Calout type="tip">Hi</Calout>', '<Calout> is not a building block of this site: did you mean <Callout>?'],
    ['<Video />', '<Video> is not a building block of this site. Use one of <Callout>, <CallToAction>'],
    ['<marquee>Hi</marquee>', '<marquee> is not a building block of this site'],
    ['<p onClick="steal()">Hi</p>', '<p onClick=…>: an event handler runs code'],
    ['<p style="color: red">Hi</p>', '<p style=…>: the look of the page comes from the site'],
    ['<Callout {...props}>Hi</Callout>', '<Callout {…}>'],
    ['<Callout title={process.env.PATH}>Hi</Callout>', '<Callout title={…}> ("process.env.PATH")'],
    ['<Questions items={[{ question: readFileSync("/etc/passwd") }]} />', '<Questions items={…}>'],
    ['<a href="javascript:alert(1)">x</a>', '<a href="…">: a javascript: address'],
    [
      '<img src="/images/a.jpg" srcSet="https://tracker.example/a.jpg 2x" alt="x" />',
      'may not have a srcSet attribute',
    ],
    ['<span data-pagefind-weight="10">x</span>', 'may not have a data-pagefind-weight attribute'],
    ['[x](javascript:alert(1))', 'a javascript: address ("javascript:alert(1)")'],
    ['[x](JavaScript:alert(1))', 'a javascript: address'],
    ['![x](data:image/svg+xml;base64,PHN2Zz4=)', 'a data: address'],
    ['![x](https://tracker.example/pixel.gif)', 'an image from another site ("https://tracker.example/pixel.gif")'],
    ['![x](//tracker.example/pixel.gif)', 'an image from another site'],
    ['<img src="https://tracker.example/pixel.gif" alt="x" />', 'an image from another site'],
    ['![x][pixel]\n\n[pixel]: https://tracker.example/pixel.gif', 'an image from another site'],
    // Beside the page, an image would skip the size check public/ gets.
    ['![x](./huge.png)', 'an image that is not in public/images/ ("./huge.png")'],
    ['<img src="huge.png" alt="x" />', 'an image that is not in public/images/'],
  ])('%s', (source, message) => {
    const found = messages(`## A section\n\n${source}\n`);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(/^3: /);
    expect(found[0]).toContain(message);
  });

  test('nesting deeper than the limit, once for the whole deep part, at its first line too deep', () => {
    const list = Array.from({ length: 300 }, (_, level) => `${'  '.repeat(level)}- item`).join('\n');
    expect(messages(list)).toEqual([
      `${MAX_NESTING + 1}: lists, quotes or elements are nested more than ${MAX_NESTING} levels deep: readers cannot follow that, and the site cannot build it. Use at most ${MAX_NESTING} levels, for example by splitting the text into sections with ## headings`,
    ]);
    expect(messages(`${'>'.repeat(500)} deep`)[0]).toContain('nested more than 20 levels deep');
    expect(messages(`${'<div>'.repeat(3000)}x${'</div>'.repeat(3000)}`)[0]).toContain(
      'nested more than 20 levels deep',
    );
  });

  test('reports every problem in a file, in line order', () => {
    expect(check('<script>a</script>\n\n{x}\n\n<iframe />').map((problem) => problem.line)).toEqual([1, 3, 5]);
  });
});

describe('raw HTML in a .md file is refused, whatever it holds', () => {
  test.each([
    '<script>alert(1)</script>',
    '<meta http-equiv="refresh" content="0; url=https://example.org/">',
    '<p title="a>b">Hi</p>',
    // Browsers end these comments early, so the script after them runs.
    '<!--> <script>alert(1)</script> -->',
    '<!-- x --!> <script>alert(1)</script> -->',
    '</main><script>alert(1)</script>',
    '<abbr title="Continuing education">CE</abbr>',
  ])('%s', (source) => {
    const found = messages(`## A section\n\n${source}\n`, 'md');
    expect(found.length).toBeGreaterThan(0);
    expect(found[0]).toMatch(/^3: raw HTML in a Markdown \(\.md\) file/);
    expect(found[0]).toContain('rename the file to .mdx');
  });

  test('leaves Markdown that only looks like HTML as text', () => {
    expect(
      messages('Some {braces}, a < b, `<script>` and <https://example.org/> stay text in Markdown.', 'md'),
    ).toEqual([]);
  });
});

describe('building blocks take only their documented props', () => {
  test.each([
    [
      '<Callout set:html="<script>alert(1)</script>" />',
      '<Callout set:html=…>: <Callout> takes only type="…", title="…"',
    ],
    ['<Callout class="fixed inset-0">x</Callout>', '<Callout class=…>'],
    ['<KeyPoints slot="head">x</KeyPoints>', '<KeyPoints slot=…>'],
    ['<Steps is:raw>x</Steps>', '<Steps is:raw=…>: <Steps> takes no attributes'],
    ['<CallToAction heading="Join" hraf="/join/" />', 'did you mean href?'],
    ['<CallToAction heading="Join" href="javascript:alert(1)" />', 'a javascript: address'],
  ])('%s', (source, message) => {
    const found = messages(`## A section\n\n${source}\n`);
    expect(found).toHaveLength(1);
    expect(found[0]).toContain(message);
  });

  test('plain elements take no class or set:html either', () => {
    expect(messages('<p class="fixed inset-0">x</p>')[0]).toContain('may not have a class attribute');
    expect(messages('<div set:html="<script>alert(1)</script>" />')[0]).toContain('may not have a set:html attribute');
  });
});

describe('isLiteralData', () => {
  test.each(['[{ question: \'a\', answer: "b" }]', '[1, -2.5, true, false, null, `text`]', '{ "quoted key": [] }'])(
    'accepts data: %s',
    (code) => {
      expect(isLiteralData(code)).toBe(true);
    },
  );

  test.each([
    'process.env.PATH',
    '[{ question: name }]',
    "[{ question: 'a' + 'b' }]",
    '`${process.env.PATH}`',
    '[fetch("https://example.org/")]',
    '{ ...rest }',
    '(() => 1)()',
  ])('refuses code: %s', (code) => {
    expect(isLiteralData(code)).toBe(false);
  });
});
