/** The element `selector` finds in `root`; markup without it is a bug, so this throws rather than carry on. */
export function requiredElement<T extends Element = HTMLElement>(root: ParentNode, selector: string): T {
  const found = root.querySelector<T>(selector);
  if (!found) throw new Error(`Search markup is missing ${selector}`);
  return found;
}
