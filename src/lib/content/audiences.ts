import { audienceNames } from '../../strings.ts';

/**
 * The groups of people a benefit can speak to. Editors list these ids in a
 * benefit's `audiences` field; pages show the labels.
 */
export const AUDIENCE_IDS = [
  'students',
  'new-professionals',
  'support-staff',
  'managers',
  'trustees-and-volunteers',
] as const;

export type AudienceId = (typeof AUDIENCE_IDS)[number];

/** Human-readable names, in the same order as {@link AUDIENCE_IDS}; the words are in src/strings.ts. */
export const AUDIENCE_LABELS: Readonly<Record<AudienceId, string>> = audienceNames;

/** Labels for the given audiences, in the canonical order rather than the editor's. */
export function audienceLabels(ids: readonly AudienceId[]): string[] {
  return AUDIENCE_IDS.filter((id) => ids.includes(id)).map((id) => AUDIENCE_LABELS[id]);
}
