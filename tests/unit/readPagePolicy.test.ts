import { describe, expect, test } from 'vitest';
import { readPagePolicy, type SiteScripts } from '../../src/lib/builtSite/readPagePolicy.ts';

/** The site's own scripts in these tests: two inline ones and one bundled file. */
const own: SiteScripts = {
  inline: new Set(['theme()', '{"prefetch":[]}']),
  files: new Set(['/_astro/tool.js']),
};
const read = (html: string) => readPagePolicy(html, own);
const problems = (html: string) => read(html).problems;

describe('readPagePolicy', () => {
  test("returns the site's own inline scripts for hashing, wherever they stand, and allows its files and data", () => {
    const html =
      '<head><script>theme()</script><script type="speculationrules">{"prefetch":[]}</script></head><main><script>theme()</script><script type="module" src="/_astro/tool.js"></script><script type="application/ld+json">{"@type":"Thing"}</script></main>';
    expect(read(html)).toEqual({ problems: [], scripts: ['theme()', '{"prefetch":[]}', 'theme()'] });
  });

  // Position earns no trust: a script the site did not write is refused wherever it stands.
  test.each([
    ['<head><script>steal()</script></head>', 'an inline <script> the site did not write ("steal()")'],
    ['<main></main><footer><script>steal()</script></footer>', 'an inline <script> the site did not write ("steal()")'],
    ['<svg><script>steal()</script></svg>', 'an inline <script> the site did not write ("steal()")'],
    ['<script type="text/plain">x</script>', 'an inline <script> the site did not write ("x")'],
    ['<script type="module" src="/evil.js"></script>', 'a <script src="/evil.js"> the site did not build'],
    ['<script type="application/ld+json">alert(1)</script>', 'a <script type="application/ld+json"> that is not data'],
  ])('refuses the script in %s', (html, problem) => {
    expect(problems(html)).toEqual([problem]);
  });

  test('never takes text that only looks like a script, or a script inside a script, for one', () => {
    expect(read('<main><p>&lt;script&gt;alert(1)&lt;/script&gt;</p></main>')).toEqual({ problems: [], scripts: [] });
    expect(read('<script>theme()</script>')).toEqual({ problems: [], scripts: ['theme()'] });
    // A hash is of the bytes as written, entities and all.
    expect(problems('<script>if (a &amp;&amp; b) x()</script>')).toHaveLength(1);
  });

  test.each([
    ['<meta http-equiv="refresh" content="0; url=https://other.example/">', 'a <meta http-equiv="refresh">'],
    ['<base href="https://other.example/">', 'a <base>'],
    ['<iframe src="/"></iframe>', 'an <iframe>'],
    ['<object data="/x.pdf"></object>', 'an <object>'],
    ['<embed src="/x.pdf">', 'an <embed>'],
    ['<form action="https://other.example/collect"></form>', 'a <form> that sends to another site'],
    ['<form action="//other.example/collect"></form>', 'a <form> that sends to another site'],
    ['<button onclick="go()">Go</button>', 'an inline event handler (onclick="…")'],
    ['<svg onload="go()"></svg>', 'an inline event handler (onload="…")'],
    ['<p style="color: red">Hi</p>', 'a style="…" attribute'],
    ['<style>p{}</style>', 'an inline <style> element'],
    ['<iframe srcdoc="<script>x()</script>"></iframe>', 'a srcdoc="…" attribute'],
    ['<a href=" JavaScript:go()">Go</a>', 'a javascript: address'],
    ['<a href="&#106;avascript:go()">Go</a>', 'a javascript: address'],
    ['<a href="java\tscript:go()">Go</a>', 'a javascript: address'],
    ['<svg><a xlink:href="javascript:go()"><text>Go</text></a></svg>', 'a javascript: address'],
    ['<form><button formaction="javascript:go()">Go</button></form>', 'a javascript: address'],
    ['<main id="main-content"><dt id="main-content">x</dt></main>', 'two elements with id="main-content"'],
  ])('refuses %s', (html, problem) => {
    expect(problems(html).join('\n')).toContain(problem);
  });

  test("lets the site's own forms and ordinary markup through", () => {
    expect(problems('<form role="search" action="/search/"><input name="q"></form><form></form>')).toEqual([]);
    expect(problems('<p class="lead">Find your style = your way. Read on, online.</p><meta name="robots">')).toEqual(
      [],
    );
  });
});
