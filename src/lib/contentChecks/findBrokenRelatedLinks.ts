/** A benefit's `related` list as the loader sees it, before Astro resolves it. */
export interface RelatedLinks {
  /** Entry id (file name without extension). */
  id: string;
  /** Path of the source file, for the error message. */
  filePath: string | undefined;
  /** Ids the entry lists in `related`. */
  related: readonly string[];
}

/**
 * Every `related` id that names no existing entry, or the entry itself,
 * phrased as an instruction to the editor. An empty list means all is well.
 */
export function findBrokenRelatedLinks(entries: readonly RelatedLinks[]): string[] {
  const known = new Set(entries.map((entry) => entry.id));
  const available = [...known].sort().join(', ');
  const problems: string[] = [];
  for (const entry of entries) {
    const where = entry.filePath ?? entry.id;
    for (const target of entry.related) {
      if (target === entry.id) {
        problems.push(`${where}: related: "${target}" is this page itself; remove it from the list`);
      } else if (!known.has(target)) {
        problems.push(
          `${where}: related: there is no benefit called "${target}". Use the file name of another benefit without .mdx (one of: ${available}), or remove it`,
        );
      }
    }
  }
  return problems;
}
