/**
 * The calculator's arithmetic: from what was typed to the yearly cost,
 * savings and net value, or a message for each field that needs fixing.
 * Amounts are in hundredths, as {@link parseMoney} reads them.
 */
import { valueCalculatorText } from '../../strings.ts';
import { parseMoney, parseTimes, type Parsed } from './parseMoney.ts';
import { itemKey, type CurrencyCode, type FieldKey, type ItemKind, type ValueInput } from './valueInput.ts';

/** One row of the breakdown, in hundredths. */
export interface ItemResult {
  kind: ItemKind;
  name: string;
  times: number;
  /** The price through the association. */
  member: number;
  /** The price elsewhere: without membership, or from a private provider. */
  other: number;
  /** What the row saves in a year: times × (price elsewhere − price through the association). */
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
  /** Savings less your cost: above 0, membership saves more than it costs in these figures. */
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
  const words = valueCalculatorText.errors;
  const errors: Partial<Record<FieldKey, string>> = {};
  const flag = (key: FieldKey, message: string) => {
    errors[key] = message;
  };
  const read = (key: FieldKey, parsed: Parsed<number>): number | undefined => {
    if (!parsed.ok) flag(key, parsed.error);
    return parsed.ok ? parsed.value : undefined;
  };
  const dues = read('dues', parseMoney(input.dues, input.currency));
  const employer = read('employer', parseMoney(input.employer, input.currency));
  if (dues !== undefined && employer !== undefined && employer > dues) flag('employer', words.employerOverDues);
  // Without dues, an employer's share would make the cost to you negative.
  if (dues === undefined && employer !== undefined && employer > 0 && !errors.dues) {
    flag('employer', words.employerWithoutDues);
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
    if (other === undefined) return flag(otherKey, words.otherMissing);
    if (member === undefined) return flag(memberKey, words.memberMissing);
    if (times === undefined) return flag(timesKey, words.timesMissing);
    // Bought elsewhere for less, the item saves nothing through the association: it is not a negative saving.
    if (member > other) return flag(memberKey, words.memberOverOther);
    items.push({ kind: item.kind, name: item.name.trim(), times, member, other, saving: times * (other - member) });
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
