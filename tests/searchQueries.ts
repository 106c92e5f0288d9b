/**
 * What visitors type into search, and the pages that answer them: the
 * contract search is measured against (issue #17). At least 90% of the
 * answerable queries must have one of their expected pages among the first
 * three results, and every query with no honest answer must end in the empty
 * state, not on a page that does not answer it.
 *
 * Run it with `npm run search:report` (after `npm run build`), or through
 * tests/browser/searchQueries.test.ts. To change an expectation, edit the
 * `pages` of its row: any one of them in the top three is a hit.
 */

type QueryKind = 'question' | 'word' | 'misspelling' | 'other words' | 'no answer';

export interface QueryCase {
  query: string;
  kind: QueryKind;
  /** Pages that answer the query; any of them in the top three is a hit. Empty: no page does. */
  pages: readonly string[];
}

const advocacy = '/benefits/advocacy/';
const conferences = '/benefits/conferences/';
const growth = '/benefits/professional-development/';
const learning = '/benefits/resources-and-savings/';
const training = '/benefits/training/';
const join = '/join/';
const about = '/about/';
const privacy = '/privacy/';
const findOne = '/find-your-association/';
const faq = '/questions/';
const firstConference = '/first-conference/';
const takePart = '/ways-to-take-part/';
const employers = '/for-employers/';
const glossary = '/glossary/';
const accessibility = '/accessibility/';
const calculator = '/value/';
const letter = '/make-the-case/';
const role = (audience: string) => `/for/${audience}/`;

export const SEARCH_QUERIES: readonly QueryCase[] = [
  // Questions, as people type them.
  { kind: 'question', query: 'how do I get cheaper journals', pages: [learning] },
  { kind: 'question', query: 'how can I meet my state senator', pages: [advocacy] },
  { kind: 'question', query: 'how do I find my local library association', pages: [join, findOne] },
  { kind: 'question', query: 'can my employer pay for my membership', pages: [letter, join] },
  { kind: 'question', query: 'how much does membership cost', pages: [join, calculator] },
  { kind: 'question', query: 'where can I find a mentor', pages: [growth] },
  { kind: 'question', query: 'how do I become a library advocate', pages: [advocacy] },
  { kind: 'question', query: 'what do students get from joining', pages: [role('students')] },
  { kind: 'question', query: 'is membership worth it', pages: [calculator] },
  { kind: 'question', query: 'how can I meet people in my field', pages: [conferences] },
  { kind: 'question', query: 'how do I get leadership experience', pages: [growth] },
  {
    kind: 'question',
    query: 'what training is there for library assistants',
    pages: [training, role('support-staff')],
  },
  { kind: 'question', query: 'does this site track me', pages: [privacy, about] },
  { kind: 'question', query: 'what if there is no association near me', pages: [findOne] },
  { kind: 'question', query: 'how much time does membership take', pages: [faq] },
  { kind: 'question', query: 'what should I do at my first conference', pages: [firstConference] },
  { kind: 'question', query: 'how can I help run the association', pages: [takePart] },
  { kind: 'question', query: 'why should my library pay for staff membership', pages: [employers] },
  { kind: 'question', query: 'what is a chapter', pages: [glossary] },
  { kind: 'question', query: 'what should I ask before I join', pages: [join] },

  // Single words.
  { kind: 'word', query: 'mentor', pages: [growth] },
  { kind: 'word', query: 'networking', pages: [conferences] },
  { kind: 'word', query: 'journals', pages: [learning] },
  { kind: 'word', query: 'legislators', pages: [advocacy] },
  { kind: 'word', query: 'webinar', pages: [training] },
  { kind: 'word', query: 'workshop', pages: [training] },
  { kind: 'word', query: 'discount', pages: [learning] },
  { kind: 'word', query: 'privacy', pages: [privacy] },
  { kind: 'word', query: 'accessibility', pages: [accessibility] },
  { kind: 'word', query: 'trustee', pages: [role('trustees-and-volunteers')] },
  { kind: 'word', query: 'calculator', pages: [calculator] },
  { kind: 'word', query: 'letter', pages: [letter] },
  { kind: 'word', query: 'conference', pages: [conferences] },
  { kind: 'word', query: 'dues', pages: [join, calculator] },
  { kind: 'word', query: 'volunteer', pages: [role('trustees-and-volunteers')] },
  { kind: 'word', query: 'outreach', pages: [advocacy] },
  { kind: 'word', query: 'publications', pages: [learning] },

  // Misspellings.
  { kind: 'misspelling', query: 'mentr', pages: [growth] },
  { kind: 'misspelling', query: 'conferance', pages: [conferences] },
  { kind: 'misspelling', query: 'jounals', pages: [learning] },
  { kind: 'misspelling', query: 'advocasy', pages: [advocacy] },
  { kind: 'misspelling', query: 'legislaters', pages: [advocacy] },
  { kind: 'misspelling', query: 'libary assistant', pages: [role('support-staff'), training] },
  { kind: 'misspelling', query: 'trainng', pages: [training] },
  { kind: 'misspelling', query: 'leadrship', pages: [growth] },

  // Other words for the same thing.
  { kind: 'other words', query: 'CV', pages: [growth, role('support-staff')] },
  { kind: 'other words', query: 'résumé', pages: [growth, role('support-staff')] },
  { kind: 'other words', query: 'lawmaker', pages: [advocacy] },
  { kind: 'other words', query: 'continuing education', pages: [learning, training] },
  { kind: 'other words', query: 'CE credits', pages: [learning, training] },
  // "Cheap" is "low cost" in the synonyms file, and cost is what the calculator compares: it may rank too.
  { kind: 'other words', query: 'cheap courses', pages: [training, learning, calculator] },
  { kind: 'other words', query: 'lobbying', pages: [advocacy] },
  { kind: 'other words', query: 'board member', pages: [role('trustees-and-volunteers')] },
  { kind: 'other words', query: 'new librarian', pages: [role('new-professionals')] },
  { kind: 'other words', query: 'boss pay for conference', pages: [letter, conferences, join] },
  { kind: 'other words', query: 'save money', pages: [learning, calculator] },
  { kind: 'other words', query: 'coaching', pages: [growth] },

  // No page answers these: the empty state must show.
  { kind: 'no answer', query: 'scholarship', pages: [] },
  { kind: 'no answer', query: 'certificate', pages: [] },
  { kind: 'no answer', query: 'parking', pages: [] },
  { kind: 'no answer', query: 'salary', pages: [] },
  { kind: 'no answer', query: 'pizza', pages: [] },
  { kind: 'no answer', query: 'wifi password', pages: [] },
  // Two words, neither of which any page uses: the fallback to some of the words finds nothing either.
  { kind: 'no answer', query: 'overdue fines', pages: [] },
  { kind: 'no answer', query: 'xylophone', pages: [] },
];

/** The share of answerable queries that must have an expected page in the top three. */
export const REQUIRED_HIT_RATE = 0.9;
