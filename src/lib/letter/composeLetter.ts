/**
 * The make-the-case letter (/make-the-case/): a polite request to an
 * employer, composed from what the visitor types and the benefits they
 * choose. Pure, so the page can show the same letter as a fill-in-the-blanks
 * template without JavaScript, and the tests can read it.
 */

/** What the letter asks the employer to pay for. */
export const REQUESTS = {
  membership: 'Membership of the association',
  conference: 'A conference',
  course: 'A course or workshop',
} as const;

export type RequestKind = keyof typeof REQUESTS;
export const REQUEST_KINDS = Object.keys(REQUESTS) as RequestKind[];

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
  /** Finishes the sentence "I will …". */
  bringBack: string;
}

/** A benefit the visitor can choose as a reason, with its argument from the benefit's content. */
export interface LetterArgument {
  id: string;
  title: string;
  /** One first-person sentence from the benefit's `caseForEmployer`. */
  argument: string;
}

/** The longest answer kept for one field: a letter, not an essay in a form field. */
const MAX_FIELD_LENGTH = 300;

export const EMPTY_FIELDS: LetterFields = {
  name: '',
  role: '',
  library: '',
  manager: '',
  association: '',
  request: 'membership',
  event: '',
  cost: '',
  bringBack: '',
};

/** One line of text: trimmed, spaces and line breaks collapsed, cut to a sensible length. */
function clean(value: string | undefined): string {
  return (value ?? '').replace(/\s+/g, ' ').trim().slice(0, MAX_FIELD_LENGTH);
}

/** The typed value, or a bracketed blank that says what goes there. */
const orBlank = (value: string, blank: string) => value || `[${blank}]`;

/** "share what I learn." from "I will share what I learn" or "Share what I learn": ready to follow "I will ". */
function afterIWill(text: string): string {
  // Straight or curly apostrophes ("I’ll" is what phones and Macs type); "I can", "I could" and "I'd" too.
  const rest = text.replace(/^i(?:\s+(?:will|would|can|could|shall)|\s*['’](?:ll|d))\s+/i, '');
  // Lower-case the first letter only when it starts an ordinary word, not "IT" or "ALA".
  const sentence = /^[A-Z][a-z]/.test(rest) ? rest.charAt(0).toLowerCase() + rest.slice(1) : rest;
  return /[.!?]$/.test(sentence) ? sentence : `${sentence}.`;
}

/** The subject line, for an email or the top of a printed letter. */
export function letterSubject(fields: Partial<LetterFields>): string {
  const association = clean(fields.association);
  const event = clean(fields.event);
  switch (fields.request ?? 'membership') {
    case 'conference':
      return `Request: funding to attend ${orBlank(event, 'name of the conference')}`;
    case 'course':
      return `Request: funding for ${orBlank(event, 'name of the course')}`;
    default:
      return `Request: funding for my membership of ${orBlank(association, 'name of the association')}`;
  }
}

/**
 * The whole letter as plain text. Every blank the visitor left is shown in
 * square brackets, so the letter is always complete and nothing is guessed.
 */
export function composeLetter(input: Partial<LetterFields>, chosen: readonly LetterArgument[]): string {
  const name = clean(input.name);
  const role = clean(input.role);
  const library = orBlank(clean(input.library), 'name of your library');
  const association = orBlank(clean(input.association), 'name of the association');
  const event = clean(input.event);
  const cost = clean(input.cost);
  const bringBack = clean(input.bringBack);
  const request = input.request ?? 'membership';

  const asking = {
    membership: `my membership of ${association} for the coming year`,
    conference: `me to attend ${orBlank(event, 'name of the conference')}, run by ${association}`,
    course: `me to take ${orBlank(event, 'name of the course')}, run by ${association}`,
  }[request];
  const reasons =
    chosen.length > 0
      ? chosen.map((item) => `- ${clean(item.argument)}`)
      : ['- [the reasons that matter most to you and your library]'];
  const afterwards = {
    membership: 'As a member, I will',
    conference: 'When I come back, I will',
    course: 'When I finish the course, I will',
  }[request];

  return [
    `Subject: ${letterSubject(input)}`,
    '',
    `Dear ${orBlank(clean(input.manager), "your manager's name")},`,
    '',
    `I would like to ask ${library} to pay for ${asking}. The cost is ${orBlank(cost, 'the cost, as the association gives it')}.`,
    '',
    `In my role as ${orBlank(role, 'your role')}, I believe this would help our library in these ways:`,
    '',
    ...reasons,
    '',
    `${afterwards} ${bringBack ? afterIWill(bringBack) : '[what you will bring back to your team, for example: share what I learn at a team meeting].'}`,
    '',
    'I would be glad to talk about this at a time that suits you. Thank you for considering my request.',
    '',
    'Kind regards,',
    '',
    orBlank(name, 'your name'),
    orBlank(role, 'your role'),
  ].join('\n');
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
