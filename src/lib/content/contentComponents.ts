/**
 * The building blocks editors may use by name in content, with no import
 * line. ContentBody.astro maps each to its component, and the content check
 * refuses any other capitalised tag.
 */
export const CONTENT_COMPONENTS = ['Callout', 'CallToAction', 'KeyPoints', 'Publisher', 'Questions', 'Steps'] as const;
