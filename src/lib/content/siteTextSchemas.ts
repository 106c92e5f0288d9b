import { z } from 'astro/zod';
import { closestMatch } from '../contentChecks/closestMatch.ts';
import { CONFERENCE_PARTS, LETTER_PARTS, REQUEST_PARTS } from '../letter/composeLetter.ts';
import { frontmatter, pageFields, text } from './contentSchemas.ts';

/*
 * Schemas of content/site/: the words of the pages the site builds itself
 * (home, the A–Z list, search, page not found, the two tools) and the words
 * it shows on many pages (site.yaml) or puts in the visitor's letter
 * (letter.yaml). Each file has a schema of its own, so a missing or misspelt
 * field is named with the file, and the pages get exactly the fields they use.
 */

/** Each collection of content/site/ and its one file. */
export const SITE_FILES = {
  home: 'home.mdx',
  benefitList: 'benefits.mdx',
  searchPage: 'search.mdx',
  notFound: 'not-found.mdx',
  valuePage: 'value.mdx',
  letterPage: 'make-the-case.mdx',
  eventsPage: 'events.mdx',
  siteText: 'site.yaml',
  letter: 'letter.yaml',
} as const;

export type SiteCollection = keyof typeof SITE_FILES;

const { title, description, lead, lastReviewed, reviewEveryMonths } = pageFields;
const pageBasics = { title, description, lead, lastReviewed, reviewEveryMonths };

const heading = (example: string) => text('a heading', 3, 70, example);
const label = (example: string) => text('the words of a link or button', 2, 60, example);
const sentences = (what: string, example: string) => text(what, 20, 320, example);

const quoted = (names: readonly string[]) => names.map((name) => `{${name}}`).join(', ');

/**
 * Words in which the site fills in `{part}`s. Every part must be one the
 * site knows, so a misspelt one is not printed as it is; each of `required`
 * must be there. Parts in `links` are addresses, written as the target of a
 * Markdown link: `[contact us]({contact})`.
 */
function withParts<Schema extends z.ZodType<string>>(
  schema: Schema,
  parts: readonly string[],
  required: readonly string[] = [],
  links: readonly string[] = [],
) {
  return schema.superRefine((value, context) => {
    for (const match of value.matchAll(/\{([^{}]*)\}/g)) {
      const name = match[1] ?? '';
      if (!parts.includes(name)) {
        const suggestion = closestMatch(name, parts);
        context.addIssue({
          code: 'custom',
          message: `has {${name}}, which the site cannot fill in: ${suggestion ? `did you mean {${suggestion}}? ` : ''}The parts it fills in here are ${quoted(parts)}; anything else, write as words`,
        });
      } else if (links.includes(name) && !value.includes(`]({${name}})`)) {
        context.addIssue({
          code: 'custom',
          message: `has {${name}}, an address: write it as the target of a link, such as [the words to click]({${name}})`,
        });
      }
    }
    for (const name of required.filter((part) => !value.includes(`{${part}}`))) {
      context.addIssue({
        code: 'custom',
        message: `needs {${name}} where the site fills it in${links.includes(name) ? `, as a link: [the words to click]({${name}})` : ''}`,
      });
    }
  });
}

/** A call to join: a heading, a sentence, and the words of the link. */
const callToActionFields = {
  heading: heading('heading: Ready to join?'),
  text: sentences('one or two sentences', 'text: Find your local association and ask how to join.'),
  link: label('link: How to join your local association'),
};
const callToAction = frontmatter(callToActionFields, 'a call to action');

/** content/site/home.mdx: the home page. Its text below the frontmatter is the section under `introHeading`. */
const homeSchema = frontmatter(
  {
    ...pageBasics,
    /** The short line above the title, saying who the site is for. */
    kicker: text('a short line', 5, 80, 'kicker: For library workers, students, trustees and volunteers'),
    /** The button to the list of benefits further down the page. */
    benefitsButton: label('benefitsButton: See the benefits'),
    /** The button to the page on how to join. */
    joinButton: label('joinButton: How to join'),
    /** The heading of the section whose words are the text below the frontmatter. */
    introHeading: heading('introHeading: What a local library association is'),
    benefitsHeading: heading('benefitsHeading: What membership can offer you'),
    /** Under that heading, above the cards. */
    benefitsIntro: sentences('one or two sentences', 'benefitsIntro: Each benefit has its own page.'),
    /** The link under the cards to the list of benefits from A to Z. */
    allBenefitsLink: label('allBenefitsLink: See the benefits from A to Z'),
    /** The label of the role chooser beside the title, which links to each audience's page. */
    rolesHeading: label('rolesHeading: Start with your role'),
    /** Under the role links: a short note, such as who can join. */
    rolesIntro: sentences('one or two sentences', 'rolesIntro: Who can join depends on the association, so ask yours.'),
    /** The "how to join" box at the end of the page. */
    callToAction,
  },
  'the home page',
);

/** content/site/benefits.mdx: the list of benefits from A to Z. */
const benefitListSchema = frontmatter(pageBasics, 'the A–Z list');

/** content/site/search.mdx: the search page. Its text below the frontmatter shows under the search field. */
const searchPageSchema = frontmatter(
  {
    title,
    description,
    lastReviewed,
    reviewEveryMonths,
    /** Shown instead of the search field where JavaScript is off. */
    needsJavaScript: sentences('one sentence', 'needsJavaScript: Search needs JavaScript, which is off in your browser.'),
    /** After it: the words of the link to the A–Z list. */
    needsJavaScriptLink: label('needsJavaScriptLink: Browse all benefits from A to Z instead'),
  },
  'the search page',
);

/** content/site/not-found.mdx: the page shown for an address that leads nowhere. */
const notFoundSchema = frontmatter(
  {
    ...pageBasics,
    /** The short line above the title. */
    kicker: text('a short line', 3, 40, 'kicker: Error 404'),
    /** Above the links to the main pages. */
    linksHeading: heading('linksHeading: Try one of these'),
  },
  'the page-not-found page',
);

/** A kind of event, as the events list names it. */
const kindName = (example: string) => text('the name of a kind of event', 3, 40, example);

/**
 * content/site/events.mdx: the words of the events page (/events/) and of the events listed on the
 * conference and training pages. Shown only on an association's site with events to come; the
 * events themselves (names, dates, places, prices) come from content/events/.
 */
const eventsPageSchema = frontmatter(
  {
    ...pageBasics,
    /** Each kind of event, shown above its name. */
    kinds: frontmatter(
      {
        conference: kindName('  conference: Conference'),
        training: kindName('  training: Training'),
        webinar: kindName('  webinar: Webinar'),
        meeting: kindName('  meeting: Meeting'),
      },
      'the kinds of event',
    ),
    /** In place of the place, for an event held online. */
    online: label('online: Online'),
    /** Before each price the association gives. */
    memberPrice: label('memberPrice: Member price'),
    nonMemberPrice: label('nonMemberPrice: Non-member price'),
    /** The link to the association's page for the event; screen readers hear the event's name after it. */
    register: label('register: Register'),
    /** The link to the event's calendar file. */
    addToCalendar: label('addToCalendar: Add to calendar'),
    /** The link to one calendar file with every event, and the sentence under it. */
    calendarFeed: label('calendarFeed: Add every event to your calendar'),
    calendarFeedNote: sentences('one or two sentences', 'calendarFeedNote: Open the file with your calendar app.'),
    /** Under the list: where the facts come from. */
    checkDetails: sentences('one or two sentences', 'checkDetails: Check the details when you register.'),
    /** The heading of the events on each benefit page that lists them. */
    benefitHeadings: frontmatter(
      {
        conferences: heading('  conferences: Conferences coming up'),
        training: heading('  training: Training and webinars coming up'),
      },
      'the headings on benefit pages',
    ),
    /** Under the events on a benefit page: the link to the events page. */
    allEvents: label('allEvents: See all events'),
  },
  'the events page',
);

/** Fields both tool pages have besides the basics. */
const toolFields = {
  /** The page's name in the breadcrumb trail. */
  shortTitle: text('a short name', 3, 40, 'shortTitle: Membership value calculator'),
  /**
   * The words that ask for the tool ("calculator", "letter"…), which bring it
   * to the top of a search; its own text counts for little (TOOL_TEXT_WEIGHT).
   */
  searchTerms: pageFields.searchTerms,
};

/** content/site/value.mdx: the membership value calculator. Its text below the frontmatter is the sums on paper. */
const valuePageSchema = frontmatter(
  {
    ...pageBasics,
    ...toolFields,
    /** Under the form's heading. */
    formIntro: sentences('a few sentences', 'formIntro: Every field starts empty, because nothing here is a real price.'),
    /** Above the events and publications. */
    itemsIntro: sentences(
      'a few sentences',
      'itemsIntro: For each one, enter what it costs through your association and what it costs elsewhere.',
    ),
    /** The heading of the sums on paper, which the note for browsers without JavaScript links to. */
    onPaperHeading: heading('onPaperHeading: Work it out on paper'),
    /**
     * Only on an association's own site with dues (content/site/association.yaml): its own lead and form
     * introduction, and the list of its categories above the dues, which fills them in.
     */
    association: frontmatter(
      {
        /** Instead of `lead` and `formIntro`, which tell the visitor to find the prices: {association} is its short name. */
        lead: withParts(
          sentences('a sentence or two', '  lead: See what joining {association} costs you each year.'),
          ['association'],
        ),
        formIntro: sentences('a few sentences', '  formIntro: Choose your membership category to fill in its dues.'),
        categoryLabel: label('  categoryLabel: Your membership category'),
        /** Each category in the list: {category} is its name, {amount} its yearly dues. */
        categoryOption: withParts(
          label('  categoryOption: "{category}: {amount} a year"'),
          ['category', 'amount'],
          ['category', 'amount'],
        ),
        /** The list's first choice, shown too while the dues are a figure of the visitor's own. */
        noCategory: label('  noCategory: Choose one, or type your own figure'),
      },
      'the association’s words',
    ),
  },
  'the value calculator page',
);

/** content/site/make-the-case.mdx: the letter to an employer. Its text below the frontmatter follows the template. */
const letterPageSchema = frontmatter(
  {
    ...pageBasics,
    ...toolFields,
    /** Set apart under the introduction: what happens to what the visitor types. */
    privacyNote: sentences('one or two sentences', 'privacyNote: Nothing you type here leaves your browser.'),
    /** Above the benefits the visitor can choose as reasons. */
    reasonsIntro: sentences('one or two sentences', 'reasonsIntro: Each one you choose adds a reason to the letter.'),
    /** The heading of the letter as a fill-in-the-blanks template, which the note for browsers without JavaScript links to. */
    templateHeading: heading('templateHeading: The letter as a template'),
    templateIntro: sentences('one or two sentences', 'templateIntro: Replace each part in square brackets with your own words.'),
    /** Under the template: the heading of the list of reasons. */
    reasonsListHeading: heading('reasonsListHeading: Reasons you can use'),
    reasonsListIntro: sentences('one or two sentences', 'reasonsListIntro: Pick the ones that are true for you.'),
  },
  'the letter page',
);

/** One of the two tools, as offered on other pages. */
const toolOffer = frontmatter(
  {
    title: heading('  title: Work out what membership is worth to you'),
    text: sentences('one or two sentences', '  text: Enter the dues and the prices you have found.'),
  },
  'a tool',
);

const PUBLISHER_PARTS = ['publisher', 'contact', 'issues'] as const;
const LINK_PARTS = ['contact', 'issues'] as const;
const publisherText = (required: readonly string[], example: string) =>
  withParts(sentences('one or two sentences', example), PUBLISHER_PARTS, required, LINK_PARTS);

/** What the site fills in, in the words only an association's own site shows. */
const ASSOCIATION_PARTS = ['association', 'date', 'category', 'amount'] as const;
const associationText = (schema: z.ZodType<string>, required: readonly string[]) =>
  withParts(schema, ASSOCIATION_PARTS, required);

/** content/site/site.yaml: the words the site shows on many pages. */
export const siteTextSchema = frontmatter(
  {
    /** At the foot of every page. */
    footer: frontmatter(
      {
        /** What the site is, under its name. */
        about: sentences('one or two sentences', 'about: A plain-language guide to local library associations.'),
        /** What the site does not do with its readers' visits. */
        privacy: text('one sentence', 10, 160, 'privacy: No tracking, no cookies.'),
      },
      'the footer',
    ),
    /** The "how to join" box at the end of most pages, unless a page has its own. */
    joinCallToAction: frontmatter(
      {
        ...callToActionFields,
        /** The text instead, on the pages of roles that usually have no employer to ask (`askEmployer: false`). */
        textWithoutEmployer: sentences(
          'one or two sentences',
          'textWithoutEmployer: Find your local association and ask who can join.',
        ),
      },
      'the call to action',
    ),
    /**
     * Only on an association's own site (content/site/association.yaml): its join button, its dues
     * table on the join page, and the category a role page's reader usually joins in.
     */
    association: frontmatter(
      {
        /** The join button's words; it opens the association's own join page. */
        joinLink: associationText(label('joinLink: Join {association}'), ['association']),
        /** The join box's text, instead of the general guide's. */
        joinText: sentences('one or two sentences', 'joinText: See what membership costs, then join online.'),
        duesHeading: heading('duesHeading: What membership costs'),
        /** Under the dues table: whose prices they are and when they were checked. */
        duesChecked: associationText(
          sentences('one or two sentences', 'duesChecked: "{association} listed these yearly dues on {date}."'),
          ['date'],
        ),
        /** The dues table's column headings. */
        category: label('category: Category'),
        amount: label('amount: Yearly dues'),
        who: label('who: Who it is for'),
        /** On a role page, when one of the dues categories is for its readers. */
        yourCategory: associationText(
          sentences(
            'one or two sentences',
            'yourCategory: "At {association}, you usually join as {category}: {amount} a year, as listed on {date}."',
          ),
          ['category', 'amount'],
        ),
      },
      'the association’s words',
    ),
    /** The two tools, offered on the home page and the role pages. */
    nextSteps: frontmatter(
      { heading: heading('heading: Put a number on it, then ask'), value: toolOffer, letter: toolOffer },
      'the next steps',
    ),
    /**
     * Who publishes the site, in the footer and where a page has `<Publisher />`.
     * The name and the contact come from the settings PUBLISHER_NAME and PUBLISHER_CONTACT.
     */
    publisher: frontmatter(
      {
        /** When the publisher is set: {publisher} is its name. */
        publishedBy: publisherText(['publisher'], 'publishedBy: "Published by {publisher}."'),
        /** Until the publisher is set: the site names no one. */
        notPublished: sentences('one sentence', 'notPublished: A general guide, not published by any association.'),
        /** What the site's words are based on. */
        /** How to report a mistake when the publisher is set: a link to {contact}. */
        reportByContact: publisherText(['contact'], 'reportByContact: "To report a mistake, [contact us]({contact})."'),
        /** When only the repository is set: a link to {issues}. */
        reportByIssue: publisherText(['issues'], 'reportByIssue: "To report a mistake, [open an issue]({issues})."'),
        /** On the About page, after either of the two above: what a useful report says. */
        /** When neither is set. */
        reportOtherwise: publisherText([], 'reportOtherwise: Check the fact with your local association.'),
      },
      'the publisher',
    ),
  },
  'site.yaml',
);

const letterRequest = frontmatter(
  {
    /** The subject line. */
    subject: withParts(text('a subject line', 10, 120, '    subject: "Request: funding to attend {event}"'), REQUEST_PARTS),
    /** What the letter asks the library to pay for: it follows "to pay for". */
    request: withParts(
      text('the words after "to pay for"', 10, 160, '    request: me to attend {event}, run by {association}'),
      REQUEST_PARTS,
    ),
    /** The start of the sentence the visitor finishes with what they plan to bring back. */
    afterwards: text('the start of a sentence', 5, 80, '    afterwards: When I come back, I plan to'),
  },
  'a request',
);

const blank = (example: string) => text('the words of the blank', 3, 120, example);

/** content/site/letter.yaml: the letter to an employer, with `{part}` where the form fills something in. */
export const letterSchema = frontmatter(
  {
    /** The whole letter. A block of lines under `letter: |`, each indented. */
    letter: withParts(
      z
        .string({ error: 'is missing or not text: write the letter under "letter: |", each line indented by two spaces' })
        .min(100, { error: 'is too short to be a letter: write the whole letter under "letter: |"' })
        .max(3000, { error: 'is too long: one page is enough for a letter like this' })
        .refine((value) => /^[ \t]*\{reasons\}[ \t]*$/m.test(value), {
          error: 'needs {reasons} on a line of its own, where the list of reasons goes',
        }),
      LETTER_PARTS,
      ['request', 'reasons'],
    ),
    /** The wording of each kind of request the form offers. */
    requests: frontmatter(
      { membership: letterRequest, conference: letterRequest, course: letterRequest },
      'the requests',
    ),
    /** What each blank says when the visitor leaves it empty, shown in [square brackets]. */
    blanks: frontmatter(
      {
        name: blank('  name: your name'),
        role: blank('  role: your role'),
        library: blank('  library: name of your library'),
        manager: blank("  manager: your manager's name"),
        association: blank('  association: name of the association'),
        conference: blank('  conference: name of the conference'),
        course: blank('  course: name of the course'),
        cost: blank('  cost: the cost, as the association gives it'),
        reasons: blank('  reasons: the reasons that matter most to you'),
        bringBack: blank('  bringBack: what you plan to bring back to your team'),
      },
      'the blanks',
    ),
    /**
     * Only on an association's own site (content/site/association.yaml), where the letter names the association
     * and its next conference when the visitor leaves them empty: how it names the conference.
     */
    association: frontmatter(
      {
        nextConference: withParts(
          text('how the letter names the conference', 10, 120, '  nextConference: "{conference} ({dates})"'),
          CONFERENCE_PARTS,
          ['conference'],
        ),
      },
      'the association’s words',
    ),
  },
  'letter.yaml',
);

/** The schema of each file in content/site/, for the collections, the browser editor's form and the tests. */
export const SITE_FILE_SCHEMAS = {
  home: homeSchema,
  benefitList: benefitListSchema,
  searchPage: searchPageSchema,
  notFound: notFoundSchema,
  valuePage: valuePageSchema,
  letterPage: letterPageSchema,
  eventsPage: eventsPageSchema,
  siteText: siteTextSchema,
  letter: letterSchema,
} as const satisfies Record<SiteCollection, z.ZodType>;
