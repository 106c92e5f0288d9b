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

/** schema.org BreadcrumbList for a trail of named addresses, the last one being the page itself. */
export function breadcrumbList(trail: readonly { name: string; url: string }[]): Record<string, unknown> {
  return {
    '@context': 'https://schema.org',
    '@type': 'BreadcrumbList',
    itemListElement: trail.map((crumb, index) => ({
      '@type': 'ListItem',
      position: index + 1,
      name: crumb.name,
      item: crumb.url,
    })),
  };
}

/** schema.org Article for a benefit page (or WebPage for a general one), with the site as publisher. */
export function articleFor(page: {
  type: 'Article' | 'WebPage';
  headline: string;
  description: string;
  url: string;
  image: string;
  dateModified: Date;
  siteName: string;
  siteUrl: string;
}): Record<string, unknown> {
  const publisher = { '@type': 'Organization', name: page.siteName, url: page.siteUrl };
  return {
    '@context': 'https://schema.org',
    '@type': page.type,
    headline: page.headline,
    ...(page.type === 'WebPage' && { name: page.headline }),
    description: page.description,
    url: page.url,
    mainEntityOfPage: page.url,
    image: [page.image],
    dateModified: page.dateModified.toISOString().slice(0, 10),
    publisher,
    ...(page.type === 'Article' && { author: publisher }),
  };
}

/** schema.org FAQPage for questions written in a page's frontmatter. */
export function faqPage(questions: readonly { question: string; answer: string }[]): Record<string, unknown> {
  return {
    '@context': 'https://schema.org',
    '@type': 'FAQPage',
    mainEntity: questions.map(({ question, answer }) => ({
      '@type': 'Question',
      name: question,
      acceptedAnswer: { '@type': 'Answer', text: answer },
    })),
  };
}
