/**
 * The arithmetic of the membership value calculator (/value/), kept free of
 * the page so it can be tested: parse what a visitor typed, add it up, write
 * the result as text, and keep the inputs in the address.
 *
 * Money is counted in hundredths (cents, pence) as whole numbers, so sums
 * never pick up floating-point dust such as 0.30000000000000004.
 */

/** Currencies offered in the list, by ISO 4217 code, with the label shown. */
export const CURRENCIES = {
  USD: 'US dollar (USD)',
  CAD: 'Canadian dollar (CAD)',
  GBP: 'Pound sterling (GBP)',
  EUR: 'Euro (EUR)',
  AUD: 'Australian dollar (AUD)',
  NZD: 'New Zealand dollar (NZD)',
  INR: 'Indian rupee (INR)',
  ZAR: 'South African rand (ZAR)',
  JPY: 'Japanese yen (JPY)',
  CHF: 'Swiss franc (CHF)',
} as const;

export type CurrencyCode = keyof typeof CURRENCIES;
export const CURRENCY_CODES = Object.keys(CURRENCIES) as CurrencyCode[];

/** What a row stands for; the label only helps the visitor and the breakdown. */
export const ITEM_KINDS = {
  conference: 'Conference',
  course: 'Course or workshop',
  webinar: 'Webinar',
  publication: 'Publication',
  other: 'Something else',
} as const;

export type ItemKind = keyof typeof ITEM_KINDS;
export const ITEM_KIND_IDS = Object.keys(ITEM_KINDS) as ItemKind[];

/** The largest amount accepted in one field, in whole units of the currency. */
export const MAX_AMOUNT = 1_000_000;
/** The most times a year one item can be counted. */
export const MAX_TIMES = 365;
/** How many rows the calculator offers at most. */
export const MAX_ITEMS = 10;

/** One row as typed: every value is the raw text of its field. */
export interface ItemInput {
  kind: ItemKind;
  name: string;
  times: string;
  member: string;
  other: string;
}

/** Everything the visitor typed, as text, exactly as the fields hold it. */
export interface ValueInput {
  currency: CurrencyCode;
  dues: string;
  employer: string;
  items: ItemInput[];
}

/** A field's key: also its name in the address, e.g. `dues` or `i2-member` (rows count from 1). */
export type FieldKey = 'dues' | 'employer' | `i${number}-${'times' | 'member' | 'other'}`;

export const itemKey = <Field extends 'kind' | 'name' | 'times' | 'member' | 'other'>(index: number, field: Field) =>
  `i${index + 1}-${field}` as `i${number}-${Field}`;

export type Parsed<T> = { ok: true; value: T | undefined } | { ok: false; error: string };

const NOT_A_NUMBER = 'Enter a number, such as 120 or 120.50, with no letters.';

/**
 * Reads an amount of money as people type it, in any common style:
 * `120`, `120.50`, `120,50`, `1,234.50`, `1.234,50`, `1 234,50`, `$120`.
 * The last `.` or `,` is the decimal mark when one or two digits follow it;
 * otherwise it groups thousands. Empty text is "not given", not zero.
 * Amounts are returned in hundredths.
 */
export function parseAmount(raw: string): Parsed<number> {
  const text = raw.trim();
  if (text === '') return { ok: true, value: undefined };
  const compact = text.replace(/[\s\u00a0\u202f'’]/g, '').replace(/\p{Sc}/gu, '');
  if (/^[-−–]/.test(compact)) {
    return /^[-−–][\d.,]+$/.test(compact)
      ? { ok: false, error: 'Enter an amount of 0 or more, without a minus sign.' }
      : { ok: false, error: NOT_A_NUMBER };
  }
  if (!/^\d[\d.,]*$/.test(compact) || /[.,]$/.test(compact)) return { ok: false, error: NOT_A_NUMBER };
  const lastMark = Math.max(compact.lastIndexOf('.'), compact.lastIndexOf(','));
  const decimals = lastMark >= 0 ? compact.slice(lastMark + 1) : '';
  const hasDecimal = lastMark >= 0 && decimals.length <= 2;
  const whole = hasDecimal ? compact.slice(0, lastMark) : compact;
  const groups = whole.split(/[.,]/);
  const marks = new Set(whole.match(/[.,]/g) ?? []);
  const wellGrouped =
    groups.length === 1 ||
    (marks.size === 1 &&
      /^[1-9]\d{0,2}$/.test(groups[0] ?? '') &&
      groups.slice(1).every((group) => /^\d{2,3}$/.test(group)) &&
      (groups.at(-1) ?? '').length === 3 &&
      (!hasDecimal || !marks.has(compact[lastMark] ?? '')));
  if (!wellGrouped) return { ok: false, error: NOT_A_NUMBER };
  const hundredths = Number(groups.join('')) * 100 + (hasDecimal ? Number(decimals.padEnd(2, '0')) : 0);
  if (!(hundredths <= MAX_AMOUNT * 100)) {
    return { ok: false, error: `Enter an amount no bigger than ${MAX_AMOUNT.toLocaleString('en-US')}.` };
  }
  return { ok: true, value: hundredths };
}

/** Whether a currency is counted in whole units only (the yen has no cents). */
function wholeUnitsOnly(currency: CurrencyCode): boolean {
  return new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits === 0;
}

/** An amount in `currency`: as {@link parseAmount}, and no cents where the currency has none. */
export function parseMoney(raw: string, currency: CurrencyCode): Parsed<number> {
  const parsed = parseAmount(raw);
  if (parsed.ok && parsed.value !== undefined && parsed.value % 100 !== 0 && wholeUnitsOnly(currency)) {
    return { ok: false, error: 'This currency has no smaller units: enter a whole number, such as 1200.' };
  }
  return parsed;
}

/** Reads how many times a year: a whole number from 0 to {@link MAX_TIMES}. */
export function parseTimes(raw: string): Parsed<number> {
  const text = raw.trim();
  if (text === '') return { ok: true, value: undefined };
  if (/^[-−–]\d+$/.test(text)) return { ok: false, error: 'Enter 0 or more, without a minus sign.' };
  if (!/^\d+$/.test(text)) return { ok: false, error: 'Enter a whole number of times, such as 1 or 2.' };
  const value = Number(text);
  if (value > MAX_TIMES) return { ok: false, error: `Enter ${MAX_TIMES} or fewer times a year.` };
  return { ok: true, value };
}

/** One row of the breakdown, in hundredths. */
export interface ItemResult {
  index: number;
  kind: ItemKind;
  name: string;
  times: number;
  member: number;
  other: number;
  /** What the row saves in a year: times × (non-member price − member price). */
  saving: number;
}

/** The whole result, in hundredths. */
export interface ValueResult {
  currency: CurrencyCode;
  dues: number;
  employer: number;
  /** Dues less the part the employer pays: what membership costs the visitor each year. */
  yourCost: number;
  items: ItemResult[];
  /** The sum of every row's saving. */
  savings: number;
  /** Savings less your cost: above 0, membership pays for itself in these figures. */
  net: number;
  /** False until any figure is entered, so the page can ask for figures instead of showing zeros. */
  hasFigures: boolean;
}

export interface Calculation {
  /** A message for each field that cannot be used, by field key. */
  errors: Partial<Record<FieldKey, string>>;
  /** The result, when there are no errors. */
  result?: ValueResult;
}

/** Works out the yearly cost, savings and net value, or says which fields need fixing. */
export function calculate(input: ValueInput): Calculation {
  const errors: Partial<Record<FieldKey, string>> = {};
  const read = (key: FieldKey, parsed: Parsed<number>): number | undefined => {
    if (parsed.ok) return parsed.value;
    errors[key] = parsed.error;
    return undefined;
  };
  const dues = read('dues', parseMoney(input.dues, input.currency));
  const employer = read('employer', parseMoney(input.employer, input.currency));
  if (dues !== undefined && employer !== undefined && employer > dues) {
    errors.employer = 'This is more than the dues. Enter only the part of the dues your employer pays.';
  }
  // Without dues, an employer's share would make the cost to you negative.
  if (dues === undefined && employer !== undefined && employer > 0 && !errors.dues) {
    errors.employer = 'Enter the yearly dues first: this is the part of them your employer pays.';
  }
  const items: ItemResult[] = [];
  input.items.forEach((item, index) => {
    const timesKey = itemKey(index, 'times');
    const memberKey = itemKey(index, 'member');
    const otherKey = itemKey(index, 'other');
    const times = read(timesKey, parseTimes(item.times));
    const member = read(memberKey, parseMoney(item.member, input.currency));
    const other = read(otherKey, parseMoney(item.other, input.currency));
    // A row with no prices is not used, whatever its name (a count that is not a number is still flagged).
    if (member === undefined && other === undefined) return;
    if (errors[memberKey] || errors[otherKey] || errors[timesKey]) return;
    if (other === undefined) {
      errors[otherKey] = 'Enter what someone who is not a member pays, so the saving can be worked out.';
      return;
    }
    if (member === undefined) {
      errors[memberKey] = 'Enter what members pay. Enter 0 if it is free for members.';
      return;
    }
    if (times === undefined) {
      errors[timesKey] = 'Enter how many times a year, such as 1.';
      return;
    }
    if (member > other) {
      errors[memberKey] = 'This is more than the non-member price. Check the two prices are the right way round.';
      return;
    }
    items.push({
      index,
      kind: item.kind,
      name: item.name.trim(),
      times,
      member,
      other,
      saving: times * (other - member),
    });
  });
  if (Object.keys(errors).length > 0) return { errors };
  const yourCost = (dues ?? 0) - (employer ?? 0);
  const savings = items.reduce((sum, item) => sum + item.saving, 0);
  return {
    errors,
    result: {
      currency: input.currency,
      dues: dues ?? 0,
      employer: employer ?? 0,
      yourCost,
      items,
      savings,
      net: savings - yourCost,
      hasFigures: dues !== undefined || employer !== undefined || items.length > 0,
    },
  };
}

/** An amount in hundredths as money in the visitor's language, e.g. `$1,234.50` or `1.234,50 €`. */
export function formatMoney(hundredths: number, currency: CurrencyCode, locale: string | undefined): string {
  return new Intl.NumberFormat(locale, { style: 'currency', currency }).format(hundredths / 100);
}

/** One sentence that says what the net value means. */
export function netSentence(result: ValueResult, locale: string | undefined): string {
  const amount = formatMoney(Math.abs(result.net), result.currency, locale);
  if (result.net > 0) return `In these figures, membership saves you ${amount} a year more than it costs you.`;
  if (result.net < 0) {
    return `In these figures, membership costs you ${amount} a year more than it saves. Mentoring, your network and a voice for libraries have no price here.`;
  }
  return 'In these figures, membership saves you as much as it costs you.';
}

/** The label of a row in the breakdown: its name, or its kind when it has none. */
export function itemLabel(item: Pick<ItemResult, 'kind' | 'name'>): string {
  return item.name ? `${ITEM_KINDS[item.kind]}: ${item.name}` : ITEM_KINDS[item.kind];
}

/** The result as plain text, to copy into an email or a note. */
export function resultAsText(result: ValueResult, locale: string | undefined, pageUrl?: string): string {
  const money = (hundredths: number) => formatMoney(hundredths, result.currency, locale);
  const lines = [
    'What library association membership is worth to me, in a year',
    '',
    `Membership dues: ${money(result.dues)}`,
    `Paid by my employer: ${money(result.employer)}`,
    `Yearly cost to me: ${money(result.yourCost)}`,
    '',
  ];
  if (result.items.length > 0) {
    lines.push('Savings as a member:');
    for (const item of result.items) {
      const times = item.times === 1 ? '1 time' : `${item.times} times`;
      lines.push(
        `- ${itemLabel(item)}, ${times} a year: ${money(item.member)} for members instead of ${money(item.other)}, saving ${money(item.saving)}`,
      );
    }
  } else {
    lines.push('Savings as a member: none entered');
  }
  lines.push(`Yearly savings: ${money(result.savings)}`, '', `Net value: ${money(result.net)} a year`);
  lines.push(netSentence(result, locale));
  if (pageUrl) lines.push('', `Worked out with: ${pageUrl}`);
  return lines.join('\n');
}

/** An empty row, as the calculator starts. */
export const emptyItem = (kind: ItemKind = 'conference'): ItemInput => ({
  kind,
  name: '',
  times: '1',
  member: '',
  other: '',
});

/** The longest text kept from the address for one field, so a crafted link cannot flood the page. */
const MAX_PARAM_LENGTH = 80;

/** The inputs as address parameters: only what was typed, so a shared link stays short. */
export function toSearchParams(input: ValueInput): URLSearchParams {
  const params = new URLSearchParams();
  params.set('currency', input.currency);
  if (input.dues.trim()) params.set('dues', input.dues.trim());
  if (input.employer.trim()) params.set('employer', input.employer.trim());
  input.items.forEach((item, index) => {
    const filled = [item.name, item.member, item.other].some((value) => value.trim() !== '');
    if (!filled) return;
    params.set(itemKey(index, 'kind'), item.kind);
    for (const field of ['name', 'times', 'member', 'other'] as const) {
      if (item[field].trim()) params.set(itemKey(index, field), item[field].trim());
    }
  });
  return params;
}

/**
 * The inputs from address parameters. Anything unknown or malformed is
 * ignored or replaced with its default, so a broken link opens a working
 * calculator. At least `minItems` rows come back.
 */
export function fromSearchParams(params: URLSearchParams, fallbackCurrency: CurrencyCode, minItems = 3): ValueInput {
  const get = (key: string) => (params.get(key) ?? '').slice(0, MAX_PARAM_LENGTH);
  const currency = get('currency');
  let rows = 0;
  for (const key of params.keys()) {
    const match = /^i(\d{1,2})-(?:kind|name|times|member|other)$/.exec(key);
    const index = Number(match?.[1] ?? 0);
    if (index >= 1 && index <= MAX_ITEMS) rows = Math.max(rows, index);
  }
  const items = Array.from({ length: Math.max(rows, minItems) }, (_, index): ItemInput => {
    const kind = get(itemKey(index, 'kind'));
    const defaultKind = ITEM_KIND_IDS[Math.min(index, 2)] ?? 'conference';
    return {
      kind: (ITEM_KIND_IDS as string[]).includes(kind) ? (kind as ItemKind) : defaultKind,
      name: get(itemKey(index, 'name')),
      times: params.has(itemKey(index, 'times')) ? get(itemKey(index, 'times')) : '1',
      member: get(itemKey(index, 'member')),
      other: get(itemKey(index, 'other')),
    };
  });
  return {
    currency: (CURRENCY_CODES as string[]).includes(currency) ? (currency as CurrencyCode) : fallbackCurrency,
    dues: get('dues'),
    employer: get('employer'),
    items,
  };
}

const CURRENCY_BY_REGION: Readonly<Record<string, CurrencyCode>> = {
  US: 'USD',
  CA: 'CAD',
  GB: 'GBP',
  AU: 'AUD',
  NZ: 'NZD',
  IN: 'INR',
  ZA: 'ZAR',
  JP: 'JPY',
  CH: 'CHF',
  IE: 'EUR',
  DE: 'EUR',
  FR: 'EUR',
  ES: 'EUR',
  IT: 'EUR',
  NL: 'EUR',
  BE: 'EUR',
  AT: 'EUR',
  PT: 'EUR',
  FI: 'EUR',
  GR: 'EUR',
  LU: 'EUR',
  SK: 'EUR',
  SI: 'EUR',
  EE: 'EUR',
  LV: 'EUR',
  LT: 'EUR',
  HR: 'EUR',
  CY: 'EUR',
  MT: 'EUR',
  BG: 'EUR',
};

/** A first guess at the visitor's currency from their language setting (en-GB → GBP); US dollars otherwise. */
export function currencyForLocale(locale: string | undefined): CurrencyCode {
  try {
    const region = locale ? new Intl.Locale(locale).maximize().region : undefined;
    return (region && CURRENCY_BY_REGION[region]) || 'USD';
  } catch {
    return 'USD';
  }
}
