/**
 * Words the site does not use: promises, where the client's copy offers a
 * chance, and British forms, where the site is in US English. Each finding
 * says what to write instead; content/README.md explains both.
 */

/** A word in a text, where it starts, and what to do about it. */
export interface WordFinding {
  index: number;
  word: string;
  advice: string;
}

const PROMISES: readonly { pattern: RegExp; advice: string }[] = [
  {
    pattern: /\b(?:will|won['’]t|[a-z]+['’]ll)\b/gi,
    advice:
      'promises what may not happen: say what the reader can do ("you can meet…"), what may happen ("it may help…"), or use the present tense ("the course covers…")',
  },
  {
    pattern: /\bguarantee(?:s|d|ing)?\b/gi,
    advice: 'promises what nobody can: say what the reader can ask or check',
  },
  {
    pattern: /\b(?:pays?|paid|paying) off\b/gi,
    advice: 'promises a return: say what it costs and what it can give, and let the reader weigh them',
  },
  {
    pattern: /\balways\b/gi,
    advice: 'promises more than the copy does: say "often", "usually" or "can", or just what happens',
  },
];

/** British endings in -ise and -isation, by the stems this kind of site uses; US English writes -ize. */
const ISE_STEMS =
  'organ|recogn|real|special|priorit|summar|emphas|minim|maxim|optim|util|final|custom|standard|critic|categor|visual|memor|personal|familiar|apolog|modern|mobil|author|character|central|computer|digit|public|social|harmon|energ|stabil|sympath';
const ISE = new RegExp(`\\b((?:${ISE_STEMS})i)s(e|es|ed|ing|ation|ations|er|ers)\\b`, 'gi');

/** British spellings and phrases, with the US English to write instead. */
const BRITISH: readonly [RegExp, string][] = [
  [/\bcolour(?:s|ed|ful|ing)?\b/gi, 'color'],
  [/\bfavour(?:s|ed|ing|ite|ites|able)?\b/gi, 'favor'],
  [/\bbehaviours?\b/gi, 'behavior'],
  [/\bhonours?\b/gi, 'honor'],
  [/\blabours?\b/gi, 'labor'],
  [/\bneighbour(?:s|hood|hoods|ing)?\b/gi, 'neighbor'],
  [/\bprogrammes?\b/gi, 'program'],
  [/\bcentre(?:s|d)?\b/gi, 'center'],
  [/\blicences?\b/gi, 'license (noun and verb)'],
  [/\bcatalogu(?:e|es|ed|ing)\b/gi, 'catalog, cataloged, cataloging'],
  [/\banaly(?:se|ses|sed|sing)\b/gi, 'analyze'],
  [/\bdefences?\b/gi, 'defense'],
  [/\boffences?\b/gi, 'offense'],
  [/\bpractis(?:e|es|ed|ing)\b/gi, 'practice (noun and verb)'],
  [/\benrol(?:s|ment|ments)?\b/gi, 'enroll, enrollment'],
  [/\bfulfil(?:s|ment)?\b/gi, 'fulfill, fulfillment'],
  [/\b(?:travel|label|model|counsel)l(?:ed|ing|er|ers)\b/gi, 'one l: traveled, labeled, modeling, counseling'],
  [/\bjudgement\b/gi, 'judgment'],
  [/\bskilful\b/gi, 'skillful'],
  [/\bageing\b/gi, 'aging'],
  [/\bgrey\b/gi, 'gray'],
  [/\bwhilst\b/gi, 'while'],
  [/\bamongst\b/gi, 'among'],
  [/\blearnt\b/gi, 'learned'],
  [/\benquir(?:e|es|ed|ing|y|ies)\b/gi, 'ask, or inquire and inquiry'],
  [/\bfortnight(?:ly)?\b/gi, 'two weeks'],
  [/\bmaths\b/gi, 'math'],
  [/\btimetables?\b/gi, 'schedule'],
  [/\bmentoring schemes?\b/gi, 'mentoring program'],
  [/\bcourse leaders?\b/gi, 'instructor, or program advisor'],
  [/\bcareers? services?\b/gi, 'career center, or career services office'],
  [/\bdo(?:ing)? the sums\b/gi, 'do the math, or work it out'],
];

/** The promise words in a text: will, 'll, won't, guarantee, pays off, always. */
export function promiseWords(text: string): WordFinding[] {
  return PROMISES.flatMap(({ pattern, advice }) =>
    [...text.matchAll(pattern)].map((match) => ({ index: match.index, word: match[0], advice })),
  );
}

/** British forms in a text, from a short list of those a site like this one uses. */
export function britishForms(text: string): WordFinding[] {
  return [
    ...[...text.matchAll(ISE)].map((match) => ({
      index: match.index,
      word: match[0],
      advice: `write "${match[1] ?? ''}z${match[2] ?? ''}": the site is in US English`,
    })),
    ...BRITISH.flatMap(([pattern, us]) =>
      [...text.matchAll(pattern)].map((match) => ({
        index: match.index,
        word: match[0],
        advice: `write ${us}: the site is in US English`,
      })),
    ),
  ];
}
