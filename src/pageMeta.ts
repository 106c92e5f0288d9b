import { siteConfig } from './site.config';

/**
 * Titles and descriptions of the pages that are not written in content/
 * (home, A–Z list, search, 404), kept in one place because both the pages and
 * their link-preview images use them.
 */
export const FIXED_PAGES = {
  index: {
    title: 'Your local library association can shape your career.',
    description: siteConfig.description,
  },
  benefits: {
    title: 'Benefits from A to Z',
    description:
      'Every benefit of joining your local library association in one list, from A to Z: conferences, training, leadership, advocacy and low-cost learning.',
  },
  search: {
    title: 'Search',
    description:
      'Search every page about the benefits of joining your local library association, and narrow the results by benefit or by who it is for.',
  },
  '404': {
    title: 'Page not found',
    description:
      'The page you asked for is not here. Go to the home page or the list of benefits of joining a local library association.',
  },
} as const satisfies Record<string, { title: string; description: string }>;
