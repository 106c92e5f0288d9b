/**
 * What one search result shows, from the text Pagefind keeps of the page
 * and the matches found on it: the title, an excerpt, and up to two of its
 * sections, each linking to the page with the words to highlight there.
 * Pure, so it is unit-tested.
 */
import {
  afterTitle,
  excerpt,
  excerptStart,
  indexedText,
  sectionsToList,
  type Anchor,
  type ExcerptPiece,
} from './excerpts.ts';
import type { RankedPage } from './rankPages.ts';

/** The address parameter that asks a page to highlight words (src/client/pageHighlight.ts). */
export const HIGHLIGHT_PARAM = 'highlight';

export interface PageText {
  url: string;
  content: string;
  anchors: readonly Anchor[];
  meta: Record<string, string | undefined>;
}

interface SectionView {
  url: string;
  title: string;
  excerpt: ExcerptPiece[];
}

export interface ResultView {
  url: string;
  title: string;
  /** A benefit's icon name, when the page has one. */
  icon: string | undefined;
  excerpt: ExcerptPiece[];
  sections: SectionView[];
}

/** A page's address that highlights `terms` there, opening at the heading `anchorId` if given. */
export function resultUrl(url: string, terms: readonly string[], anchorId?: string): string {
  const [path = '', query = ''] = url.split('#')[0]?.split('?') ?? [];
  const params = new URLSearchParams(query);
  for (const term of terms) params.append(HIGHLIGHT_PARAM, term);
  const search = params.toString();
  return `${path}${search ? `?${search}` : ''}${anchorId ? `#${encodeURIComponent(anchorId)}` : ''}`;
}

/** The result for `page`, whose indexed text is `text`. */
export function resultView(text: PageText, page: RankedPage): ResultView {
  const indexed = indexedText(text.content, text.anchors);
  const title = text.meta['title'] ?? text.url;
  const from = afterTitle(indexed, text.meta['title']);
  const end = indexed.words.length;
  const sections = sectionsToList(
    indexed,
    text.anchors,
    page.locations,
    excerptStart(indexed, page.locations, from, end),
  );
  return {
    url: resultUrl(text.url, page.found),
    title,
    icon: text.meta['icon'],
    excerpt: excerpt(indexed, page.locations, from, end),
    sections: sections.map((section) => ({
      url: resultUrl(text.url, page.found, section.anchor.id),
      title: section.anchor.text,
      excerpt: excerpt(indexed, page.locations, section.from, section.to),
    })),
  };
}
