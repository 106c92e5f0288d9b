import { z } from 'astro/zod';
import { AUDIENCE_IDS, AUDIENCE_LABELS, type AudienceId } from './audiences.ts';
import { BENEFIT_ICON_NAMES } from '../icons/benefitIcons.ts';
import { closestMatch } from '../contentChecks/closestMatch.ts';

/*
 * Frontmatter schemas, written for the editors who will read their errors.
 * Astro prints each failure as "<field>: <message>" under the file's path, so
 * every message says what the field needs and how to fix it, without
 * repeating the field name.
 */

const quoteList = (values: readonly string[]) => values.map((value) => `"${value}"`).join(', ');

/** A single-line string whose length is checked, with the limits in the message. */
export function text(what: string, min: number, max: number, example: string) {
  const advice = `write ${what} of ${min} to ${max} characters, for example: ${example}`;
  return z
    .string({ error: `is missing or not text: ${advice}` })
    .trim()
    .min(min, {
      error: (issue) => `is too short (${lengthOf(issue.input)} characters): ${advice}`,
    })
    .max(max, {
      error: (issue) => `is too long (${lengthOf(issue.input)} characters): ${advice}`,
    })
    .refine((value) => !/[\r\n]/.test(value), { error: `must be on one line: ${advice}` });
}

function lengthOf(input: unknown): number | string {
  return typeof input === 'string' ? input.length : '?';
}

/**
 * A calendar date such as 2026-11-28, quoted or not. YAML turns an unquoted
 * date into a Date; a quoted one stays text and must be exactly YYYY-MM-DD.
 * Anything else (a number, "Nov 5", "2026") is refused rather than guessed.
 */
const DATE_ADVICE = 'use the form YYYY-MM-DD, for example 2026-11-28';
export const calendarDate = z
  .union([z.date(), z.iso.date({ error: `is not a real date: ${DATE_ADVICE}` })], {
    error: `is not a real date: ${DATE_ADVICE}`,
  })
  .transform((value) => (typeof value === 'string' ? new Date(`${value}T00:00:00Z`) : value))
  .refine((date) => !Number.isNaN(date.getTime()), { error: `is not a real date: ${DATE_ADVICE}` })
  // No page of this site was written before 2000: an older year is a slip of the keyboard (1026 for 2026).
  .refine((date) => date.getUTCFullYear() >= 2000, { error: `is before the year 2000: check the year, and ${DATE_ADVICE}` });

const TERM_ADVICE = 'write each word or short phrase on its own line starting with "- ", for example:\n  searchTerms:\n    - lawmaker\n    - state senator';

/** Words and short phrases a visitor may search for; see `searchTerms` above. */
function searchTermsSchema() {
  return z
    .array(
      text('a word or short phrase', 2, 40, '- lawmaker')
        .refine((term) => !/[,;]/.test(term), { error: `holds more than one term: ${TERM_ADVICE}` })
        .refine((term) => term.split(/\s+/).length <= 4, {
          error: 'is too long a phrase: use at most 4 words, the way a visitor would type them',
        }),
      { error: `must be a list: ${TERM_ADVICE}` },
    )
    .max(20, { error: 'has too many terms: keep the 20 a visitor is most likely to type' })
    .refine((terms) => new Set(terms.map((term) => term.toLowerCase())).size === terms.length, {
      error: 'lists the same term twice',
    })
    .default([]);
}

/** Fields every page in `content/` shares. */
export const pageFields = {
  /** The page's heading and the first part of its `<title>`. */
  title: text('a title', 3, 70, 'title: Attend conferences'),
  /**
   * Shown by search engines and link previews under the title. Keep it to
   * one or two plain sentences; 160 characters is roughly what they display.
   */
  description: text(
    'a description',
    50,
    160,
    'description: Meet people in your field and learn from leaders near you.',
  ),
  /** The opening paragraph, shown large under the title. */
  lead: text(
    'a lead paragraph',
    40,
    320,
    'lead: A conference is where you meet the people who do the same work as you.',
  ),
  /** When an editor last checked the page was accurate (YYYY-MM-DD). */
  // A day of slack: "today" in Sydney is still tomorrow in UTC for half the day.
  lastReviewed: calendarDate.refine((date) => date.getTime() <= Date.now() + 86_400_000, {
    error: 'is in the future: use the date you last checked the page, for example 2026-11-28',
  }),
  /** How many months may pass before the page is due for another review. */
  reviewEveryMonths: z
    .number({ error: 'must be a whole number of months, for example: reviewEveryMonths: 12' })
    .int({ error: 'must be a whole number of months, for example: reviewEveryMonths: 12' })
    .min(1, { error: 'must be at least 1 month' })
    .max(36, { error: 'must be at most 36 months, so every page is looked at every three years' })
    .default(12),
  /**
   * Questions and answers shown in a "Questions and answers" section at the
   * end of the page, and given to search engines as an FAQ. Plain text.
   */
  questions: questionsSchema(),
  /**
   * Other words a visitor may type for what this page covers, such as
   * "lawmaker" or "webinar": search finds the page by them, with extra
   * weight, but they are never shown on the page. Only words for what the
   * page really covers; words that mean the same everywhere (CV and résumé)
   * belong in content/search-synonyms.yaml instead.
   */
  searchTerms: searchTermsSchema(),
  /** `true` keeps the page out of the published site while you work on it. */
  draft: z.boolean({ error: 'must be true or false (without quotes)' }).default(false),
};

/** Question and answer pairs, in frontmatter or in the `<Questions>` building block. */
function questionsSchema() {
  return z
    .array(
      z.strictObject({
        question: text('a question', 5, 160, '- question: Can my employer pay?'),
        answer: text('an answer', 10, 600, '  answer: Ask your manager before the budget is set.'),
      }),
      { error: 'must be a list of "- question:" and "answer:" pairs' },
    )
    .max(12, { error: 'has too many questions: keep the 12 readers ask most' })
    .default([]);
}

/**
 * The items of a `<Questions items={…} />` building block, checked as the frontmatter's questions are
 * (MDX does not type-check props); a mistake throws a message that names the item and the field.
 */
export function questionItems(items: unknown): { question: string; answer: string }[] {
  const parsed = questionsSchema().unwrap().min(1, { error: 'needs at least one question' }).safeParse(items);
  if (parsed.success) return parsed.data;
  const problems = parsed.error.issues.map((issue) => `items.${issue.path.join('.')}: ${issue.message}`);
  throw new Error(`<Questions> needs items={[{ question: '…', answer: '…' }]}:\n  ${problems.join('\n  ')}`);
}

/**
 * An object schema that reports each unknown field on its own line, by name
 * and with a likely fix ("titel: … did you mean title?"), and still reports
 * every other problem in the same run. Zod's strict objects give one nameless
 * error instead. Unknown fields are dropped from the result, so the data's
 * type stays exact.
 */
export function frontmatter<Shape extends z.ZodRawShape>(
  shape: Shape,
  kind: string,
  crossCheck: (data: Record<string, unknown>, context: z.RefinementCtx) => void = () => undefined,
) {
  const known = Object.keys(shape);
  return z
    .looseObject(shape, {
      error: `is missing or is not a list of fields: under it, write the fields ${kind} uses, each on its own line`,
    })
    .superRefine(
      (data, context) => {
        if (typeof data === 'object' && data !== null) crossCheck(data, context);
      },
      { when: () => true },
    )
    .superRefine(
      (data, context) => {
        if (typeof data !== 'object' || data === null) return;
        for (const key of Object.keys(data).filter((name) => !known.includes(name))) {
          const suggestion = closestMatch(key, known);
          context.addIssue({
            code: 'custom',
            path: [key],
            message: suggestion
              ? `is not a field ${kind} uses: did you mean ${suggestion}? Check the spelling`
              : `is not a field ${kind} uses: remove it, or check the spelling against the list of fields in the README`,
          });
        }
      },
      // Run even when other fields failed, so every mistake shows at once.
      { when: () => true },
    )
    .transform(
      (data) =>
        Object.fromEntries(Object.entries(data).filter(([key]) => known.includes(key))) as z.output<z.ZodObject<Shape>>,
    );
}

/** Frontmatter of a general page such as `content/pages/join.mdx`. */
export const pageSchema = frontmatter(
  {
    ...pageFields,
    /**
     * `true` shows the questions right after the lead, before the text: for a
     * page that is mostly questions, whose text is what to read next.
     */
    questionsFirst: z.boolean({ error: 'must be true or false (without quotes)' }).default(false),
  },
  'a page',
);

/**
 * Frontmatter of a benefit page in `content/benefits/`. `related` is passed
 * in so that Astro's collection reference can be used in the real build and
 * a plain id check in unit tests.
 */
export function benefitSchema<Related extends z.ZodType>(relatedEntry: Related) {
  return frontmatter(
    {
      ...pageFields,
      /** One line for cards and lists, such as the home page grid. */
      summary: text('a one-line summary', 20, 120, 'summary: Meet people who share your interests.'),
      /** Position in lists and in previous/next links; lower numbers come first. */
      order: z
        .number({ error: 'must be a whole number, for example: order: 3' })
        .int({ error: 'must be a whole number, for example: order: 3' })
        .min(1, { error: 'must be 1 or more' })
        .default(100),
      /** The line icon shown on cards and at the top of the page. */
      icon: z.enum(BENEFIT_ICON_NAMES, {
        error: `must be one of ${quoteList(BENEFIT_ICON_NAMES)}`,
      }),
      /** Who the benefit matters to most. Defaults to everyone. */
      audiences: z
        .array(z.enum(AUDIENCE_IDS, { error: `must each be one of ${quoteList(AUDIENCE_IDS)}` }), {
          error: `must be a list, one per line starting with "- ", of ${quoteList(AUDIENCE_IDS)}`,
        })
        .min(1, { error: 'must name at least one audience, or be left out to mean everyone' })
        .refine((ids) => new Set(ids).size === ids.length, { error: 'lists the same audience twice' })
        .default([...AUDIENCE_IDS]),
      /** Two to six short sentences, shown in the "Key points" panel. */
      keyPoints: z
        .array(text('each key point as a sentence', 10, 160, '- You meet people who share your interests.'), {
          error: 'must be a list of sentences, one per line starting with "- "',
        })
        .min(2, { error: 'needs at least 2 key points' })
        .max(6, { error: 'has too many key points: keep the 6 that matter most' }),
      /**
       * For each audience in `audiences`, one sentence on why this benefit
       * matters to them, shown on that audience's page (/for/<audience>/).
       */
      whyItMatters: z
        // Any key here; the check below names an unknown audience and suggests the right one.
        .record(
          z.string(),
          text(
            'one sentence',
            20,
            200,
            '  students: You can meet people who may hire you when you finish your course.',
          ),
          { error: WHY_ADVICE },
        )
        .default({}),
      /**
       * One sentence in the first person ("I", "our library"), on what your
       * library gains when you use this benefit. The make-the-case letter
       * uses it as an argument.
       */
      caseForEmployer: text(
        'one sentence in the first person',
        20,
        220,
        'caseForEmployer: I would bring back ideas that have worked in libraries like ours.',
      ),
      /**
       * Other benefits to suggest at the end of the page, by file name without
       * `.mdx` (for example `training`). At most three.
       */
      related: z
        .array(relatedEntry, {
          error: 'must be a list of benefit file names without .mdx, for example: - training',
        })
        .max(3, { error: 'has too many entries: suggest at most 3 related benefits' })
        .refine(
          (entries) => {
            const ids = entries.map((entry) => (typeof entry === 'string' ? entry : (entry as { id?: string }).id));
            return new Set(ids).size === ids.length;
          },
          { error: 'lists the same benefit twice' },
        )
        .default([]),
    },
    'a benefit page',
    whyItMattersForEachAudience,
  );
}

const WHY_ADVICE =
  'must be a list of audiences, each followed by one sentence, for example:\n  whyItMatters:\n    students: You can meet people who may hire you when you finish your course.';

/**
 * `whyItMatters` must say something to every audience in `audiences` (all of
 * them when `audiences` is left out), and to no other. Checked on the raw
 * frontmatter, so the messages come with every other mistake in one run.
 */
function whyItMattersForEachAudience(data: Record<string, unknown>, context: z.RefinementCtx): void {
  const why = data['whyItMatters'];
  if (why !== undefined && (typeof why !== 'object' || why === null || Array.isArray(why))) return;
  const given = (why ?? {}) as Record<string, unknown>;
  const rawAudiences = data['audiences'];
  const audiences: readonly AudienceId[] =
    rawAudiences === undefined
      ? AUDIENCE_IDS
      : Array.isArray(rawAudiences)
        ? AUDIENCE_IDS.filter((id) => rawAudiences.includes(id))
        : [];
  for (const id of audiences) {
    if (given[id] === undefined) {
      context.addIssue({
        code: 'custom',
        path: ['whyItMatters', id],
        message: `is missing: the page is for ${AUDIENCE_LABELS[id].toLowerCase()}, so write one sentence on why it matters to them, for example:\n  whyItMatters:\n    ${id}: Replace with one sentence for ${AUDIENCE_LABELS[id].toLowerCase()}.`,
      });
    }
  }
  for (const key of Object.keys(given)) {
    if (!(AUDIENCE_IDS as readonly string[]).includes(key)) {
      const suggestion = closestMatch(key, AUDIENCE_IDS);
      context.addIssue({
        code: 'custom',
        path: ['whyItMatters', key],
        message: `is not an audience: ${suggestion ? `did you mean ${suggestion}? Use` : 'use'} one of ${quoteList(AUDIENCE_IDS)}`,
      });
    } else if (!audiences.includes(key as AudienceId)) {
      context.addIssue({
        code: 'custom',
        path: ['whyItMatters', key],
        message: `is not one of this page's audiences: add "${key}" to audiences, or remove this line`,
      });
    }
  }
}

/**
 * Frontmatter of an audience's page in `content/roles/`, named after the
 * audience (`students.mdx` for `/for/students/`). The list of benefits
 * comes from the benefits' `whyItMatters`; this file gives the introduction.
 */
export const roleSchema = frontmatter(
  {
    title: pageFields.title,
    description: pageFields.description,
    lead: pageFields.lead,
    lastReviewed: pageFields.lastReviewed,
    reviewEveryMonths: pageFields.reviewEveryMonths,
    /**
     * `false` for people who usually have no employer to ask (students,
     * volunteers): their page then leaves out the letter to an employer.
     */
    askEmployer: z.boolean({ error: 'must be true or false (without quotes)' }).default(true),
    searchTerms: pageFields.searchTerms,
  },
  'a role page',
);

