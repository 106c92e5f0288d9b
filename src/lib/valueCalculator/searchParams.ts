/**
 * The calculator's inputs in the page's address, so a reload or a shared
 * link brings back the same figures.
 */
import { CURRENCY_CODES, ITEM_FIELDS, ITEM_KIND_IDS, itemKey, MAX_ITEMS } from './valueInput.ts';
import type { CurrencyCode, ItemInput, ItemKind, ValueInput } from './valueInput.ts';

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
    for (const field of ITEM_FIELDS) if (item[field].trim()) params.set(itemKey(index, field), item[field].trim());
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
