/**
 * The calculator's arithmetic: from what was typed to the yearly cost,
 * savings and net value, or a message for each field that needs fixing.
 * Amounts are in hundredths, as {@link parseMoney} reads them.
 */
import { parseMoney, parseTimes, type Parsed } from './parseMoney.ts';
import { itemKey, type CurrencyCode, type FieldKey, type ItemKind, type ValueInput } from './valueInput.ts';

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
