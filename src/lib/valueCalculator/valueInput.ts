/**
 * What a visitor gives the membership value calculator (/value/): the
 * currencies and kinds of item it offers, its limits, and the form's fields
 * as the raw text they hold.
 */
import { valueCalculatorText } from '../../strings.ts';

/** Currencies offered in the list, by ISO 4217 code, with the label shown (src/strings.ts). */
export const CURRENCIES = valueCalculatorText.currencies;

export type CurrencyCode = keyof typeof CURRENCIES;
export const CURRENCY_CODES = Object.keys(CURRENCIES) as CurrencyCode[];

/** What a row stands for; the label (src/strings.ts) only helps the visitor and the breakdown. */
export const ITEM_KINDS = valueCalculatorText.kinds;

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
  /** What it costs through the association (`member` in the address since the first version, so old links open). */
  member: string;
  /** What it costs elsewhere: without membership, or from a private provider. */
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

/** A row's fields, in the form's order. */
export const ITEM_FIELDS = ['kind', 'name', 'times', 'member', 'other'] as const;

export const itemKey = <Field extends (typeof ITEM_FIELDS)[number]>(index: number, field: Field) =>
  `i${index + 1}-${field}` as const;

/** An empty row, as the calculator starts. */
export const emptyItem = (kind: ItemKind): ItemInput => ({ kind, name: '', times: '1', member: '', other: '' });
