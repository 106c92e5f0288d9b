/**
 * The building blocks editors may use by name in content, with no import
 * line, each with the only props it takes (documented in content/README.md).
 * ContentBody.astro maps each to its component; the content check refuses any
 * other capitalised tag, and any other attribute on these: `set:html`,
 * `class`, `slot` and the like would hand an editor the template's powers.
 */
export const CONTENT_COMPONENT_PROPS = {
  Callout: ['type', 'title'],
  CallToAction: ['heading', 'text', 'link', 'href'],
  KeyPoints: ['title'],
  Publisher: ['short'],
  Questions: ['items'],
  Steps: [],
} as const satisfies Record<string, readonly string[]>;

export type ContentComponent = keyof typeof CONTENT_COMPONENT_PROPS;
