/** The items either side of `index` in a reading order, for previous/next links. */
export function neighbours<T>(items: readonly T[], index: number): { previous?: T; next?: T } {
  const previous = index > 0 ? items[index - 1] : undefined;
  const next = index >= 0 && index < items.length - 1 ? items[index + 1] : undefined;
  return { ...(previous !== undefined && { previous }), ...(next !== undefined && { next }) };
}

/** Sorts by a display order, then by title so equal orders stay stable and predictable. */
export function byOrderThenTitle<T extends { order: number; title: string }>(a: T, b: T): number {
  return a.order - b.order || a.title.localeCompare(b.title, 'en');
}

/** Sorts A–Z by title, ignoring case and leading articles ("The", "A"). */
export function byTitleAlphabetical<T extends { title: string }>(a: T, b: T): number {
  const key = (title: string) => title.replace(/^(?:the|a|an)\s+/i, '');
  return key(a.title).localeCompare(key(b.title), 'en', { sensitivity: 'base' });
}
