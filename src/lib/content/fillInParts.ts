/** A piece of a sentence written in content: plain words, or words that link to an address. */
export interface TextPart {
  text: string;
  href?: string | undefined;
}

/**
 * Words from content with the site's settings filled in: `{name}` becomes
 * the value of `names[name]`, and `[words]({address})` a link to
 * `addresses[address]`. Words stay plain text (nothing is read as HTML),
 * and a link whose address is not set stays as its words alone.
 */
export function fillInParts(
  words: string,
  names: Readonly<Record<string, string>>,
  addresses: Readonly<Record<string, string | undefined>>,
): TextPart[] {
  const fill = (text: string) => text.replace(/\{(\w+)\}/g, (whole, name: string) => names[name] ?? whole);
  const parts: TextPart[] = [];
  let last = 0;
  for (const match of words.matchAll(/\[([^\]]*)\]\(\{(\w+)\}\)/g)) {
    if (match.index > last) parts.push({ text: fill(words.slice(last, match.index)) });
    parts.push({ text: fill(match[1] ?? ''), href: addresses[match[2] ?? ''] });
    last = match.index + match[0].length;
  }
  if (last < words.length) parts.push({ text: fill(words.slice(last)) });
  return parts;
}

/** Words from content with the settings' names filled in, as one plain text: any link keeps only its words. */
export function fillInText(words: string, names: Readonly<Record<string, string>>): string {
  return fillInParts(words, names, {})
    .map((part) => part.text)
    .join('');
}
