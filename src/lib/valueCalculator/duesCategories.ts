/**
 * On an association's own site, the calculator lists its dues categories
 * (content/site/association.yaml), each with its yearly figure as the value
 * of its option: choosing one puts the figure in the dues field, and the
 * list shows the category whose figure the field holds, so the address
 * keeps only the figure.
 */

/** A category's yearly amount as the dues field holds it, and as the calculator reads it: `25`, or `25.50`. */
export function duesFigure(amount: number): string {
  return Number.isInteger(amount) ? String(amount) : amount.toFixed(2);
}
