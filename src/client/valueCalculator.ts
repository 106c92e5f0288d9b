/*
 * The thin interface of the membership value calculator: it reads the
 * fields, hands them to the tested arithmetic in lib/valueCalculator/, and
 * writes back the errors, the result and the address. The figures live in
 * the page and its address (so a reload or a shared link keeps them); the
 * page itself sends them nowhere.
 */
import { inPageAddress, isPlaceholderUrl, shareableAddress } from '../lib/site/pageAddress.ts';
import { calculate, type Calculation } from '../lib/valueCalculator/calculate.ts';
import { currencyForLocale } from '../lib/valueCalculator/currencyForLocale.ts';
import { formatMoney, itemLabel, netSentence, resultAsText } from '../lib/valueCalculator/resultAsText.ts';
import { fromSearchParams, toSearchParams } from '../lib/valueCalculator/searchParams.ts';
import { CURRENCIES, emptyItem, ITEM_FIELDS, ITEM_KIND_IDS, MAX_ITEMS } from '../lib/valueCalculator/valueInput.ts';
import type { CurrencyCode, ItemInput, ValueInput } from '../lib/valueCalculator/valueInput.ts';
import { valueCalculatorText as words } from '../strings.ts';
import { canonicalAddress, revealTool, setFieldError, wireCopyAndPrint } from './toolActions.ts';

export function startValueCalculator(): void {
  const root = document.querySelector<HTMLElement>('[data-value-calculator]');
  const form = root?.querySelector<HTMLFormElement>('[data-value-form]');
  const list = root?.querySelector<HTMLElement>('[data-value-items]');
  const template = document.querySelector<HTMLTemplateElement>('[data-value-item-template]');
  if (!root || !form || !list || !template) return;
  // The visitor's first language, for numbers and money.
  const locale = navigator.languages?.[0] ?? navigator.language;
  // Links and the address bar start from the page's canonical address, never from `location`,
  // so a crafted path the page was opened at (`//other.example/x%2F..%2Fvalue/`) names no other host.
  const canonical = canonicalAddress();
  const currencySelect = form.querySelector<HTMLSelectElement>('[data-field="currency"]');
  const dues = form.querySelector<HTMLInputElement>('#value-dues');
  const employer = form.querySelector<HTMLInputElement>('#value-employer');
  const addButton = form.querySelector<HTMLButtonElement>('[data-value-add]');
  const announce = root.querySelector<HTMLElement>('[data-value-announce]');
  if (!currencySelect || !dues || !employer || !addButton) return;
  // On an association's site with dues: the list of its categories, and the currency their dues are in, which
  // the currency list starts on (drawn by the server) and the calculator too, unless the address names another.
  const category = form.querySelector<HTMLSelectElement>('#value-category');
  const duesCurrency = currencySelect.querySelector<HTMLOptionElement>('[selected]')?.value as CurrencyCode | undefined;

  let latest: Calculation = { errors: {} };
  let announceTimer: number | undefined;

  /** Everything as typed, read from the fields. */
  const read = (): ValueInput => ({
    currency: currencySelect.value as CurrencyCode,
    dues: dues.value,
    employer: employer.value,
    // Each row's fields by name; its kind is one of the list's options, drawn from ITEM_KINDS.
    items: [...list.querySelectorAll('[data-value-item]')].map((row) => {
      const fields = Object.fromEntries(ITEM_FIELDS.map((field) => [field, fieldIn(row, field)?.value ?? '']));
      return fields as Record<(typeof ITEM_FIELDS)[number], string> as ItemInput;
    }),
  });

  /** Draws the rows from `input`, numbering ids by position so labels and errors stay tied to their fields. */
  const drawRows = (input: ValueInput) => {
    list.replaceChildren();
    input.items.forEach((item, index) => {
      const row = template.content.firstElementChild?.cloneNode(true) as HTMLElement;
      for (const element of row.querySelectorAll('[id], [for], [aria-describedby]')) {
        for (const attribute of ['id', 'for', 'aria-describedby']) {
          const value = element.getAttribute(attribute);
          if (value) element.setAttribute(attribute, value.replaceAll('item-N-', `item-${index + 1}-`));
        }
      }
      const legend = row.querySelector('[data-value-legend]');
      if (legend) legend.textContent = words.item(index + 1);
      for (const field of ITEM_FIELDS) {
        const element = fieldIn(row, field);
        if (element) element.value = item[field];
      }
      const remove = row.querySelector<HTMLButtonElement>('[data-value-remove]');
      if (remove) {
        remove.textContent = words.removeItem(index + 1);
        remove.hidden = input.items.length === 1;
        remove.addEventListener('click', () => {
          const current = read();
          current.items.splice(index, 1);
          redraw(current, Math.max(0, index - 1));
        });
      }
      list.append(row);
    });
    addButton.hidden = input.items.length >= MAX_ITEMS;
    const limit = form.querySelector<HTMLElement>('[data-value-add-limit]');
    if (limit) limit.hidden = input.items.length < MAX_ITEMS;
  };

  /** Draws the rows again after one is added or removed, and moves focus to row `focusRow`, not the page's top. */
  const redraw = (input: ValueInput, focusRow: number) => {
    drawRows(input);
    update();
    list.querySelectorAll<HTMLElement>('[data-value-item] select')[focusRow]?.focus();
  };

  /** The field a key such as `i2-member` (`#item-2-member`) or `dues` (`#value-dues`) belongs to. */
  const fieldFor = (key: string) =>
    document.getElementById(key.replace(/^i(\d+)-/, 'item-$1-').replace(/^(dues|employer)$/, 'value-$1'));

  /** The figures in the address bar: the page's own path, their query and the fragment. */
  const addressFor = (input: ValueInput): string =>
    inPageAddress(canonical, toSearchParams(input).toString(), location.hash);

  // Safari refuses more than about 100 address changes in 30 seconds, so the address follows
  // once typing pauses, not at every key; if it is refused all the same, the result still shows.
  let addressTimer: number | undefined;
  const keepInAddress = (address: string) => {
    window.clearTimeout(addressTimer);
    addressTimer = window.setTimeout(() => {
      try {
        history.replaceState(history.state, '', address);
      } catch {
        // Only the shareable address lags behind; the page keeps working.
      }
    }, 300);
  };

  const update = () => {
    // The category list follows the dues field: the category whose figure it holds, in the dues' currency (the
    // one chosen, of two with one figure), or none, the first option, whose value is empty.
    const figure = currencySelect.value === duesCurrency ? dues.value.trim() : '';
    if (category && category.value !== figure) {
      category.value = figure;
      if (category.selectedIndex < 0) category.selectedIndex = 0;
    }
    const input = read();
    latest = calculate(input);
    for (const field of form.querySelectorAll<HTMLInputElement>('input[data-field]')) setFieldError(field, undefined);
    for (const [key, message] of Object.entries(latest.errors)) setFieldError(fieldFor(key), message);
    showResult(input);
    keepInAddress(addressFor(input));
    // Announced once typing pauses, not at every key.
    window.clearTimeout(announceTimer);
    announceTimer = window.setTimeout(() => {
      if (announce) announce.textContent = summary();
    }, 700);
  };

  const money = (hundredths: number) => formatMoney(hundredths, currencySelect.value as CurrencyCode, locale);

  const summary = (): string => {
    const count = Object.keys(latest.errors).length;
    if (count > 0) return words.fieldsNeedFixing(count);
    const result = latest.result;
    if (!result?.hasFigures) return '';
    return words.summary(money(result.net), money(result.yourCost), money(result.savings));
  };

  const showResult = (input: ValueInput) => {
    const result = latest.result;
    const set = (selector: string, text: string) => {
      for (const element of root.querySelectorAll(selector)) element.textContent = text;
    };
    const errorCount = Object.keys(latest.errors).length;
    set(
      '[data-value-message]',
      errorCount > 0
        ? words.fixFields(errorCount)
        : result?.hasFigures
          ? words.forOneYear(CURRENCIES[input.currency])
          : words.enterFigures,
    );
    const show = result?.hasFigures === true;
    set('[data-value-total="cost"]', show ? money(result.yourCost) : '–');
    set('[data-value-total="savings"]', show ? money(result.savings) : '–');
    // The net value shows in the result and in the running total that phones keep in view.
    set('[data-value-total="net"], [data-value-running-net]', show ? money(result.net) : '–');
    set('[data-value-sentence]', show ? netSentence(result, locale) : '');
    const breakdown = root.querySelector<HTMLElement>('[data-value-breakdown]');
    const lines = root.querySelector<HTMLElement>('[data-value-lines]');
    if (!breakdown || !lines) return;
    breakdown.hidden = !show;
    lines.replaceChildren();
    if (!show) return;
    // An item's name is the visitor's own text: a long word in it wraps rather than widen the page.
    const line = (label: string, amount: string) => {
      const [name, value] = [element('span', 'wrap-anywhere', label), element('span', 'tabular-nums', amount)];
      lines.append(element('li', 'flex justify-between gap-4', name, value));
    };
    line(words.breakdownDues, money(result.dues));
    if (result.employer > 0) line(words.breakdownEmployer, `−${money(result.employer)}`);
    for (const item of result.items) line(words.breakdownSaving(itemLabel(item), item.times), money(item.saving));
  };

  const start = () => {
    const params = new URLSearchParams(location.search);
    const input = fromSearchParams(params, duesCurrency ?? currencyForLocale(locale));
    currencySelect.value = input.currency;
    dues.value = input.dues;
    employer.value = input.employer;
    drawRows(input);
    update();
  };

  // Choosing a category puts its dues in the field, in their currency, before the form's own listener updates
  // the result (`input` reaches the list before the form); choosing none empties the field for a figure of one's own.
  category?.addEventListener('input', () => {
    dues.value = category.value;
    if (duesCurrency && category.value) currencySelect.value = duesCurrency;
  });
  form.addEventListener('input', update);
  form.addEventListener('change', update);
  // Enter in a field must not reload the page with the figures as a form submission.
  form.addEventListener('submit', (event) => event.preventDefault());
  addButton.addEventListener('click', () => {
    const current = read();
    current.items.push(emptyItem(ITEM_KIND_IDS[Math.min(current.items.length, 2)] ?? 'conference'));
    redraw(current, current.items.length - 1);
  });
  // Clearing keeps the figures' address, so one press of Undo puts everything back.
  const cleared = form.querySelector<HTMLElement>('[data-value-cleared]');
  form.querySelector('[data-value-clear]')?.addEventListener('click', () => {
    const before = addressFor(read());
    window.clearTimeout(addressTimer);
    history.replaceState(history.state, '', inPageAddress(canonical, ''));
    start();
    if (!cleared) return;
    const undo = element('button', 'min-h-11 cursor-pointer font-semibold text-primary underline', words.undoClear);
    undo.addEventListener('click', () => {
      history.replaceState(history.state, '', before);
      start();
      cleared.textContent = words.restored;
      dues.focus();
    });
    cleared.replaceChildren(words.cleared, undo);
    undo.focus();
  });
  wireCopyAndPrint(
    root,
    () => {
      if (Object.keys(latest.errors).length > 0) return { problem: words.copyFixFirst };
      if (!latest.result?.hasFigures) return { problem: words.copyEnterFirst };
      // From the figures on screen, not location.href, which follows them after a pause, and on the site's
      // configured address, not the host or path the page happens to be open at; none while that is a placeholder.
      const link = isPlaceholderUrl(canonical)
        ? undefined
        : shareableAddress(canonical, toSearchParams(read()).toString(), location.hash);
      return { text: resultAsText(latest.result, locale, link) };
    },
    words.copyWhat,
  );
  start();
  revealTool(root);
}

/** A new element with its classes and children; text is added as text, never read as markup. */
function element(tag: string, className: string, ...children: (Node | string)[]): HTMLElement {
  const made = document.createElement(tag);
  made.className = className;
  made.append(...children);
  return made;
}

/** A row's field by its name, such as `kind` or `member`. */
function fieldIn(row: Element, field: string) {
  return row.querySelector<HTMLInputElement | HTMLSelectElement>(`[data-field="${field}"]`);
}
