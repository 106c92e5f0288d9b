import { siteConfig } from './site.config.ts';

/**
 * Titles and descriptions of the pages that are not written in content/
 * (home, A–Z list, search, 404), kept in one place because both the pages and
 * their link-preview images use them. The two tools also have their search
 * terms here, as content pages have `searchTerms`: the words that ask for the
 * tool, which bring it to the top of a search (its own text counts for little,
 * see TOOL_TEXT_WEIGHT). They move to content with the rest of the tools' words.
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
  value: {
    title: 'What is membership worth to you?',
    description:
      'Work out what joining a local library association is worth to you: enter the dues and the prices you have found, and see the yearly cost, savings and net value.',
    searchTerms: [
      'calculator',
      'worth it',
      'worth',
      'value',
      'cost',
      'price',
      'dues',
      'fees',
      'savings',
      'afford',
      'return on investment',
      'ROI',
    ],
  },
  'make-the-case': {
    title: 'Ask your employer to pay',
    description:
      'Write a short, polite letter asking your employer to pay for library association membership or a conference. Edit it, copy it, print it or download it.',
    searchTerms: [
      'letter',
      'email',
      'template',
      'employer',
      'boss',
      'employer pay',
      'sponsor',
      'reimburse',
      'funding',
      'request',
      'business case',
      'justify',
    ],
  },
  '404': {
    title: 'Page not found',
    description:
      'The page you asked for is not here. Go to the home page or the list of benefits of joining a local library association.',
  },
} as const satisfies Record<string, { title: string; description: string; searchTerms?: readonly string[] }>;

/**
 * The day the words of each tool page were last checked, for the sitemap.
 * Their words live in src/pages/ and src/components/tools/, not in content/.
 */
export const TOOL_PAGES_REVIEWED: Readonly<Record<string, string>> = {
  '/value/': '2026-11-28',
  '/make-the-case/': '2026-11-28',
};
