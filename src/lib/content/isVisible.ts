/**
 * Whether an entry appears: drafts only while editing (`npm run dev`), never
 * in a production build, its lists, sitemap or search index.
 */
export function isVisible(entry: { data: { draft: boolean } }, showDrafts: boolean): boolean {
  return showDrafts || !entry.data.draft;
}
