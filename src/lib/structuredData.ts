/**
 * JSON-LD for search engines. Built from the site configuration only, so
 * nothing is written by hand per page.
 */

/** schema.org WebSite with a SearchAction pointing at the /search/ page. */
export function websiteWithSearch(options: { name: string; url: string; searchUrl: string }): Record<string, unknown> {
  return {
    '@context': 'https://schema.org',
    '@type': 'WebSite',
    name: options.name,
    url: options.url,
    potentialAction: {
      '@type': 'SearchAction',
      target: { '@type': 'EntryPoint', urlTemplate: `${options.searchUrl}?q={search_term_string}` },
      'query-input': 'required name=search_term_string',
    },
  };
}

/**
 * JSON for an inline `<script type="application/ld+json">`: `<` is escaped
 * so no value, however written, can close the script element early.
 */
export function jsonForScript(data: unknown): string {
  return JSON.stringify(data).replace(/</g, '\\u003c');
}
