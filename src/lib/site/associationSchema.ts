import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'astro/zod';
import { AUDIENCE_IDS, type AudienceId } from '../content/audiences.ts';
import { calendarDate, frontmatter, text } from '../content/contentSchemas.ts';
import { closestMatch } from '../contentChecks/closestMatch.ts';
import { readYaml } from '../contentChecks/readFrontmatter.ts';
import { brandShades } from '../theme/brandShades.ts';

/*
 * content/site/association.yaml: the one file an association fills in to
 * make the site its own (its name, how to reach it, where to join, its colour
 * and logo, its dues). Without it, the site is the general guide. Every
 * message names the field and says what to write, like the content schemas.
 */

/** Where the association's file lives, inside the content folder. */
export const ASSOCIATION_FILE = 'site/association.yaml';

const HTTPS_ADVICE = 'write the full https:// address of the page, for example https://your-association.org/join';
const httpsAddress = z.url({ protocol: /^https$/, error: `is not a full https:// address: ${HTTPS_ADVICE}` });

const CONTACT_ADVICE =
  'write an email address, such as office@your-association.org, or the https:// address of your contact page';

/** Currencies the visitor's browser can format, such as USD or CAD. */
const CURRENCIES = new Set(Intl.supportedValuesOf('currency'));

/** The largest logo file: it is drawn on every page, in the header and as the favicon. */
const LOGO_MAX_BYTES = 50_000;

const duesCategory = frontmatter(
  {
    /** What the association calls the category: Student, Retired, Regular. */
    name: text('the name of the category', 2, 40, 'name: Student'),
    /** The yearly price, in `currency`. */
    amount: z
      .number({ error: 'must be a number without a currency sign, for example amount: 25' })
      .min(0, { error: 'must be 0 or more' })
      .max(100_000, { error: 'is more than 100,000: write the yearly price, for example amount: 25' }),
    /** Who the category is for, in one sentence. */
    who: text('who the category is for', 10, 160, 'who: Enrolled in a library or information program.'),
    /** The readers whose role page names this category: students, support-staff… */
    audiences: z
      .array(
        z.string().transform((id, context) => {
          if ((AUDIENCE_IDS as readonly string[]).includes(id)) return id as AudienceId;
          const suggestion = closestMatch(id, AUDIENCE_IDS);
          context.addIssue({
            code: 'custom',
            message: `"${id}" is not one of the site's audiences: ${suggestion ? `did you mean ${suggestion}? ` : ''}use ${AUDIENCE_IDS.join(', ')}`,
          });
          return z.NEVER;
        }),
        {
          error: `must be a list of audiences, each on its own line starting with "- ", from ${AUDIENCE_IDS.join(', ')}`,
        },
      )
      .default([]),
  },
  'a dues category',
);

const dues = frontmatter(
  {
    /** The day someone last checked the prices against the association's own list. */
    lastChecked: calendarDate.refine((date) => date.getTime() <= Date.now() + 86_400_000, {
      error: 'is in the future: use the day you last checked the prices, for example 2026-11-15',
    }),
    /** ISO 4217 code: USD, CAD, GBP, EUR, AUD… */
    currency: z
      .string({ error: 'is missing: write the three-letter currency code, for example currency: USD' })
      .refine((code) => CURRENCIES.has(code), {
        error: 'is not a currency code: write the three capital letters, for example USD, CAD or EUR',
      }),
    categories: z
      .array(duesCategory, { error: 'must be a list of categories, each starting with "- name:"' })
      .min(1, { error: 'is empty: list at least one category, with its name, amount and who it is for' })
      .max(12, { error: 'has more than 12 categories: list the ones most readers need' }),
  },
  'the dues',
);

export const associationSchema = frontmatter(
  {
    /** The association's full name, as it signs its letters. */
    name: text('the association’s name', 3, 80, 'name: Example Valley Library Association'),
    /** A short name for phones and tight places; the full name when left out. */
    shortName: text('a short name', 2, 16, 'shortName: EVLA').optional(),
    /** How a reader reports a mistake or asks a question. */
    contact: z
      .string({ error: `is missing: ${CONTACT_ADVICE}` })
      .trim()
      .transform((value, context) => {
        const email = z.email().safeParse(value.replace(/^mailto:/i, ''));
        if (email.success) return { email: email.data };
        const url = httpsAddress.safeParse(value);
        if (url.success) return { url: url.data };
        context.addIssue({
          code: 'custom',
          message: `is neither an email address nor an https:// address: ${CONTACT_ADVICE}`,
        });
        return z.NEVER;
      }),
    /** Where every "join" on the site leads: the association's own form or page. */
    joinUrl: httpsAddress,
    /** The association's own website, for search engines; the join page's site when left out. */
    website: httpsAddress.optional(),
    /** The accent of both themes, as #rrggbb; the build derives the dark theme's shade and checks contrast. */
    brandColor: z
      .string({
        error: 'must be a colour written as # and six hex digits, in quotes, for example brandColor: "#1d4ed8"',
      })
      .regex(/^#[0-9a-fA-F]{6}$/, {
        error: 'must be # and six hex digits, in quotes, for example brandColor: "#1d4ed8"',
      })
      .transform((colour, context) => {
        const shades = brandShades(colour.toLowerCase());
        if ('problem' in shades) {
          context.addIssue({ code: 'custom', message: shades.problem });
          return z.NEVER;
        }
        return shades;
      })
      .optional(),
    /** A square logo in public/images/, SVG or PNG: the header and the browser tab. */
    logo: z
      .string({ error: 'must be the address of an image in public/images/, for example logo: /images/logo.svg' })
      .regex(/^\/images\/[a-z0-9][a-z0-9-]*\.(?:svg|png)$/, {
        error:
          'must be an SVG or PNG in public/images/, named in lower case with hyphens, for example logo: /images/logo.svg',
      })
      .optional(),
    dues: dues.optional(),
  },
  'the association file',
);

export type Association = z.output<typeof associationSchema>;
export type DuesCategory = NonNullable<Association['dues']>['categories'][number];

/**
 * The association's file, read and checked, or undefined when there is none
 * (the general guide). A mistake stops the build with one message naming the
 * file, each field and what to write; a logo that is missing or too large too.
 */
export function readAssociation(contentDir: string, publicDir: string): Association | undefined {
  const file = join(contentDir, ASSOCIATION_FILE);
  if (!existsSync(file)) return undefined;
  const where = `${contentDir}/${ASSOCIATION_FILE}`;
  const read = readYaml(readFileSync(file, 'utf8'));
  if ('error' in read) throw new Error(`${where}: ${read.error}`);
  const parsed = associationSchema.safeParse(read.document.toJS() ?? {});
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => `  - ${issue.path.join('.') || '(the file)'}: ${issue.message}`);
    throw new Error(`${where} has ${lines.length === 1 ? 'a mistake' : 'mistakes'}:\n${lines.join('\n')}`);
  }
  const { logo } = parsed.data;
  if (logo) {
    const size = statSync(join(publicDir, logo), { throwIfNoEntry: false })?.size;
    if (size === undefined)
      throw new Error(`${where}: logo: there is no file ${publicDir}${logo}: add it, or fix the name`);
    if (size > LOGO_MAX_BYTES) {
      throw new Error(
        `${where}: logo: ${publicDir}${logo} is ${Math.round(size / 1000)} KB; a logo must be at most ${LOGO_MAX_BYTES / 1000} KB, since every page shows it: make it smaller`,
      );
    }
  }
  return parsed.data;
}

/** The dues categories whose `audiences` include `audience`, for its role page. */
export function categoriesFor(association: Association | undefined, audience: AudienceId): DuesCategory[] {
  return association?.dues?.categories.filter((category) => category.audiences.includes(audience)) ?? [];
}

/** What the site calls the association in a sentence: its short name, or its name; nothing for the general guide. */
export function shortNameOf(association: Association | undefined): string {
  return association?.shortName ?? association?.name ?? '';
}
