/**
 * The make-the-case letter (/make-the-case/): a polite request to an
 * employer, composed from the letter's words (content/site/letter.yaml), what
 * the visitor types and the benefits they choose. Pure, so the page can show
 * the same letter as a fill-in-the-blanks template without JavaScript, and
 * the tests can read it.
 */

/** What the letter can ask the employer to pay for; the form's words for each are in src/strings.ts. */
export const REQUEST_KINDS = ['membership', 'conference', 'course'] as const;

type RequestKind = (typeof REQUEST_KINDS)[number];

/** Parts of the letter filled in from the form: `{name}` in the letter's words. */
export const LETTER_PARTS = [
  'subject',
  'manager',
  'library',
  'request',
  'cost',
  'role',
  'reasons',
  'afterwards',
  'bringBack',
  'name',
  'association',
  'event',
] as const;

/** Parts a request's subject and wording may name. */
export const REQUEST_PARTS = ['association', 'event'] as const;

/** Parts of the words naming an association's next conference (`association.nextConference`). */
export const CONFERENCE_PARTS = ['conference', 'dates'] as const;

/**
 * The letter's own words, from content/site/letter.yaml (checked by its
 * schema): the letter with `{part}` where the form fills something in, the
 * wording of each kind of request, and what each blank says when the
 * visitor leaves it empty.
 */
export interface LetterWords {
  letter: string;
  requests: Record<RequestKind, { subject: string; request: string; afterwards: string }>;
  blanks: Record<Exclude<keyof LetterFields, 'request' | 'event'> | 'conference' | 'course' | 'reasons', string>;
  /** Words only an association's own site uses: how the letter names its next conference. */
  association: { nextConference: string };
}

/**
 * What an association's own site puts in the letter where the visitor leaves a part empty, instead of a
 * [blank]: its full name, and its next conference when the request is for a conference. None in the general guide.
 */
export interface LetterDefaults {
  association?: string | undefined;
  conference?: string | undefined;
}

/** The association's defaults: its name, and its next conference (title and dates) in the letter's words. */
export function letterDefaults(
  words: LetterWords,
  association: string,
  conference?: { title: string; dates: string },
): LetterDefaults {
  return {
    association,
    conference:
      conference && fillIn(words.association.nextConference, { conference: conference.title, dates: conference.dates }),
  };
}

/** The visitor's answers, as typed. Anything left empty becomes a [bracketed blank] to fill in. */
export interface LetterFields {
  name: string;
  role: string;
  library: string;
  manager: string;
  association: string;
  request: RequestKind;
  /** The conference or course, when the request is for one. */
  event: string;
  cost: string;
  /** Finishes the sentence "I plan to …". */
  bringBack: string;
}

/** The longest answer kept for one field: a letter, not an essay in a form field. */
const MAX_FIELD_LENGTH = 300;

/** One line of text: trimmed, spaces and line breaks collapsed, cut to a sensible length. */
function clean(value: string | undefined): string {
  return (value ?? '').replace(/\s+/g, ' ').trim().slice(0, MAX_FIELD_LENGTH);
}

/** The typed value, or a bracketed blank that says what goes there. */
const orBlank = (value: string, blank: string) => value || `[${blank}]`;

/** `text` with each `{part}` replaced; a part it does not know is left as it is. */
const fillIn = (text: string, parts: Readonly<Record<string, string>>) =>
  text.replace(/\{(\w+)\}/g, (whole, name: string) => parts[name] ?? whole);

/** "share what I learn." from "I will share what I learn" or "Share what I learn": ready to follow "I plan to ". */
function afterIPlanTo(text: string): string {
  // Straight or curly apostrophes ("I’ll" is what phones and Macs type); "I can", "I plan to" and "I'd" too.
  const rest = text.replace(/^i(?:\s+(?:will|would|can|could|shall|plan\s+to)|\s*['’](?:ll|d))\s+/i, '');
  // Lower-case the first letter only when it starts an ordinary word, not "IT" or "ALA".
  const sentence = /^[A-Z][a-z]/.test(rest) ? rest.charAt(0).toLowerCase() + rest.slice(1) : rest;
  return /[.!?]$/.test(sentence) ? sentence : `${sentence}.`;
}

/** The request's parts: the association and the event, or the site's defaults, or their blanks. */
function requestParts(
  words: LetterWords,
  input: Partial<LetterFields>,
  defaults: LetterDefaults,
): Record<string, string> {
  const request = input.request ?? 'membership';
  const event = clean(input.event) || (request === 'conference' ? clean(defaults.conference) : '');
  return {
    association: orBlank(clean(input.association) || clean(defaults.association), words.blanks.association),
    event: orBlank(event, request === 'course' ? words.blanks.course : words.blanks.conference),
  };
}

/** The subject line, for an email or the top of a printed letter. */
export function letterSubject(words: LetterWords, input: Partial<LetterFields>, defaults: LetterDefaults = {}): string {
  return fillIn(words.requests[input.request ?? 'membership'].subject, requestParts(words, input, defaults));
}

/**
 * The whole letter as plain text, with the arguments (each a benefit's `caseForEmployer`) the visitor chose.
 * Every blank the visitor left is shown in square brackets, so the letter is always complete and nothing is
 * guessed; on an association's site, its `defaults` fill the association and conference instead.
 */
export function composeLetter(
  words: LetterWords,
  input: Partial<LetterFields>,
  chosen: readonly string[],
  defaults: LetterDefaults = {},
): string {
  const { blanks } = words;
  const request = words.requests[input.request ?? 'membership'];
  const bringBack = clean(input.bringBack);
  const parts: Record<string, string> = {
    ...requestParts(words, input, defaults),
    subject: letterSubject(words, input, defaults),
    manager: orBlank(clean(input.manager), blanks.manager),
    library: orBlank(clean(input.library), blanks.library),
    cost: orBlank(clean(input.cost), blanks.cost),
    role: orBlank(clean(input.role), blanks.role),
    name: orBlank(clean(input.name), blanks.name),
    reasons: (chosen.length > 0 ? chosen.map(clean) : [`[${blanks.reasons}]`])
      .map((reason) => `- ${reason}`)
      .join('\n'),
    afterwards: request.afterwards,
    bringBack: bringBack ? afterIPlanTo(bringBack) : `[${blanks.bringBack}].`,
  };
  parts['request'] = fillIn(request.request, parts);
  // Windows line endings from the editor's file become plain ones, and the letter ends where its words do.
  return fillIn(words.letter.replace(/\r\n?/g, '\n').trim(), parts);
}

/** A file name for the downloaded letter: plain ASCII, no spaces. */
export function letterFileName(fields: Partial<LetterFields>): string {
  const slug = clean(fields.name)
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40);
  return slug ? `letter-to-employer-${slug}.txt` : 'letter-to-employer.txt';
}
