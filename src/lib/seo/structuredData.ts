/**
 * JSON-LD for search engines. Built from the content and the site
 * configuration, so nothing is written by hand per page.
 */
import type { Association } from '../site/associationSchema.ts';

/** schema.org WebSite with a SearchAction pointing at the /search/ page, and its publisher once there is one. */
export function websiteWithSearch(options: {
  name: string;
  url: string;
  searchUrl: string;
  /** The association's {@link organization}. */
  publisher?: Record<string, unknown> | undefined;
}): Record<string, unknown> {
  return {
    '@context': 'https://schema.org',
    '@type': 'WebSite',
    name: options.name,
    url: options.url,
    ...(options.publisher && { publisher: options.publisher }),
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

/**
 * schema.org Organization for the association that publishes the site: its
 * name, its own website (or, when it gives none, the site its join page is
 * on), its logo as an absolute address in `siteRoot` (the site's home page,
 * base path included), and how to reach it.
 */
export function organization(
  association: Pick<Association, 'name' | 'contact' | 'joinUrl' | 'website' | 'logo'>,
  siteRoot: string,
): Record<string, unknown> {
  const { name, contact, joinUrl, website, logo } = association;
  return {
    '@type': 'Organization',
    name,
    url: website ?? new URL('/', joinUrl).href,
    ...(logo && { logo: new URL(logo.replace(/^\/+/, ''), siteRoot).href }),
    ...('email' in contact
      ? { email: contact.email }
      : { contactPoint: { '@type': 'ContactPoint', contactType: 'customer support', url: contact.url } }),
  };
}

/**
 * schema.org Article for a benefit page (or WebPage for a general one). The
 * publisher, and an article's author, is the publisher set for the site;
 * until one is set there is none, rather than the site named as its own.
 */
export function articleFor(page: {
  type: 'Article' | 'WebPage';
  headline: string;
  description: string;
  url: string;
  image: string;
  dateModified: Date;
  /** The association's {@link organization}. */
  publisher?: Record<string, unknown> | undefined;
}): Record<string, unknown> {
  const { publisher } = page;
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
    ...(publisher && { publisher }),
    ...(publisher && page.type === 'Article' && { author: publisher }),
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
