import type { SiteCollection } from '../content/siteTextSchemas.ts';

/*
 * The browser editor's words: the names of its collections and files, and the
 * label and help text of each field of a page, by its name (nested fields,
 * such as the footer's in site.yaml, are named after themselves). Limits are
 * added to the help text from the schema itself (cmsConfig.ts). These words
 * are for editors, not visitors. tests/unit/cmsConfig.test.ts checks every
 * field of benefits, pages and roles has a label here, and that no label is
 * left for a field that is gone.
 */

export const CMS_STRINGS = {
  pageTitle: 'Edit the site',
  noScript: 'The editor needs JavaScript. You can also edit the files in content/ directly: see content/README.md.',
  notSetUp:
    'The editor is not set up for this site yet: it needs REPOSITORY_URL to be the address of a GitHub or GitLab repository, and a sign-in service. A developer can set it up: see docs/editor.md. Until then, edit the files in content/ as content/README.md explains.',
  benefits: 'Benefits',
  benefit: 'Benefit',
  pages: 'Pages',
  page: 'Page',
  roles: 'Pages for each role',
  role: 'Role page',
  site: "The site's own pages",
  siteWords: 'Words on many pages',
  association: 'Your association',
  bodyLabel: 'Text of the page',
  bodyHint:
    'Markdown, shown and saved exactly as written. Building blocks such as <Callout>, <KeyPoints>, <Steps>, <Questions>, <CallToAction> and <Publisher /> are protected text here: change the words between their tags, never the tags themselves. To add one, copy its example from the editors\' guide (content/README.md, "Building blocks you can use").',
  unknownBenefit: 'choose benefits that exist, from the list',
} as const;

/** The files of content/site/, by their collection in siteTextSchemas.ts. */
export const SITE_FILE_LABELS: Record<SiteCollection, string> = {
  home: 'Home page',
  benefitList: 'Benefits from A to Z',
  searchPage: 'Search page',
  notFound: 'Page not found',
  valuePage: 'Value calculator page',
  letterPage: 'Letter to your employer page',
  siteText: 'Words on many pages',
  letter: 'The letter to an employer',
  eventsPage: 'Events page',
};

export const CMS_FIELD_TEXT: Record<string, { label: string; hint?: string }> = {
  // The association's file (content/site/association.yaml); content/README.md explains each field.
  name: { label: 'Name', hint: 'Your association’s full name, as it signs its letters.' },
  shortName: { label: 'Short name', hint: 'Shown on phones, where the full name would crowd: EVLA, for example.' },
  contact: {
    label: 'Contact',
    hint: 'Where readers report a mistake: an email address, or the https:// address of your contact page.',
  },
  joinUrl: {
    label: 'Join page',
    hint: 'The https:// address of your own join page: every "join" on the site opens it.',
  },
  website: { label: 'Website', hint: 'Your association’s own https:// address, for search engines. Optional.' },
  brandColor: {
    label: 'Brand colour',
    hint: 'A colour as # and six hex digits, such as #1d4ed8. Too light a colour stops the build, with one to use instead.',
  },
  logo: {
    label: 'Logo',
    hint: 'The address of a square SVG or PNG of at most 50 KB in public/images/, such as /images/logo.svg.',
  },
  dues: { label: 'Dues', hint: 'What membership costs each year, by category, and the day you checked the prices.' },
  title: { label: 'Title', hint: 'The heading of the page and the first part of its title in search results.' },
  description: {
    label: 'Description',
    hint: 'Shown by search engines and link previews under the title: one or two plain sentences.',
  },
  summary: { label: 'Summary', hint: 'One line for the cards and lists, such as the home page.' },
  lead: { label: 'Lead paragraph', hint: 'The opening paragraph, shown large under the title.' },
  order: { label: 'Order', hint: 'Position in lists and in the previous and next links: lower numbers come first.' },
  icon: { label: 'Icon', hint: 'The line icon on the cards and at the top of the page.' },
  audiences: { label: 'Who it is for', hint: 'The people it matters to most. Leave empty to mean everyone.' },
  keyPoints: { label: 'Key points', hint: 'Two to six short sentences for the "Key points" panel.' },
  whyItMatters: {
    label: 'Why it matters',
    hint: 'For each audience chosen above, one sentence on why this benefit matters to them. Leave the others empty.',
  },
  caseForEmployer: {
    label: 'Case for your employer',
    hint: 'One sentence in the first person ("I", "our library") on what the library gains. The letter to an employer uses it.',
  },
  related: { label: 'Related benefits', hint: 'Up to three other benefits, suggested at the end of the page.' },
  askEmployer: {
    label: 'Ask an employer',
    hint: 'Off for people who usually have no employer to ask (students, volunteers): their page leaves out the letter.',
  },
  lastReviewed: { label: 'Last reviewed', hint: 'The day you last checked the page was accurate.' },
  reviewEveryMonths: {
    label: 'Review every (months)',
    hint: 'How many months may pass before the page is due for another review.',
  },
  searchTerms: {
    label: 'Search words',
    hint: 'Other words a visitor may type for what this page covers, one per line. Never shown on the page.',
  },
  questions: {
    label: 'Questions and answers',
    hint: 'Shown at the end of the page and given to search engines. Leave empty if the text uses <Questions>.',
  },
  questionsFirst: {
    label: 'Questions first',
    hint: 'Ticked, the questions show right after the lead paragraph, before the text: for a page that is mostly questions.',
  },
  question: { label: 'Question' },
  answer: { label: 'Answer' },
  draft: {
    label: 'Draft (not published)',
    hint: 'Ticked, the page is kept out of the published site while you work on it.',
  },
};
