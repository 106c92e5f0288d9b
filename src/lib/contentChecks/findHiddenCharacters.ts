/*
 * Text an editor writes in a file's fields (titles, descriptions, the site's
 * words) is shown as it is written. Control characters, zero-width
 * characters and bidirectional controls are invisible in an editor and on
 * the page, and can make text read in another order than it shows (a title
 * that displays one thing and says another to search engines and screen
 * readers), so none is allowed. Tabs and line breaks are ordinary text.
 */

/** Invisible characters: controls (but tab and line breaks), format characters (zero-width, bidirectional, soft hyphen, BOM) and line or paragraph separators. */
const INVISIBLE = /(?![\t\n\r])[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/u;

/**
 * One message per text field of `data` (a file's parsed fields) holding an
 * invisible character, naming the field (`questions.2.answer`), the
 * character and where it is.
 */
export function findHiddenCharacters(data: unknown, path = ''): string[] {
  if (typeof data === 'string') {
    const match = INVISIBLE.exec(data);
    if (!match) return [];
    return [
      `${path || 'text'}: has ${describeCharacter(match[0])} after "${data.slice(Math.max(0, match.index - 20), match.index)}": delete it. It cannot be seen, and can make the text read differently from how it shows`,
    ];
  }
  if (Array.isArray(data))
    return data.flatMap((item, index) => findHiddenCharacters(item, `${path}.${index}`.replace(/^\./, '')));
  if (data && typeof data === 'object' && Object.getPrototypeOf(data) === Object.prototype) {
    return Object.entries(data).flatMap(([key, value]) => findHiddenCharacters(value, path ? `${path}.${key}` : key));
  }
  return [];
}

/** A character as an editor can find it: itself when it is visible, and always its code point and name where it has one. */
export function describeCharacter(character: string): string {
  const code = `U+${(character.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;
  const name = CHARACTER_NAMES[character];
  if (name) return `${name} (${code})`;
  return /[\p{L}\p{N}\p{P}\p{S}]/u.test(character) ? `"${character}" (${code})` : `an invisible character (${code})`;
}

const CHARACTER_NAMES: Record<string, string> = {
  ' ': 'a space',
  '\u00a0': 'a no-break space',
  '\u00ad': 'a soft hyphen',
  '\u200b': 'a zero-width space',
  '\u200c': 'a zero-width non-joiner',
  '\u200d': 'a zero-width joiner',
  '\u200e': 'a left-to-right mark',
  '\u200f': 'a right-to-left mark',
  '\u202a': 'a left-to-right embedding',
  '\u202b': 'a right-to-left embedding',
  '\u202c': 'a pop directional formatting',
  '\u202d': 'a left-to-right override',
  '\u202e': 'a right-to-left override',
  '\u2066': 'a left-to-right isolate',
  '\u2067': 'a right-to-left isolate',
  '\u2068': 'a first strong isolate',
  '\u2069': 'a pop directional isolate',
  '\ufeff': 'a byte order mark',
};
