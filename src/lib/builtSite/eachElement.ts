import { Parser } from 'htmlparser2';

/** Sees one element's start tag: its name and attributes, in lower case, with entities decoded. */
export type ElementVisitor = (name: string, attributes: Readonly<Record<string, string>>) => void;

/**
 * Calls `visit` for every element of a page, in order, with a streaming
 * parser rather than a DOM: the build's checks need only tags and
 * attributes, and a streaming parse costs far less than a document per page.
 * Script and style contents are text, never tags, as in a browser.
 */
export function eachElement(html: string, visit: ElementVisitor): void {
  new Parser({ onopentag: visit }, { decodeEntities: true }).end(html);
}
