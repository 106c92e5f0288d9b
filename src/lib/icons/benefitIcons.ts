/**
 * One line icon per benefit, drawn on a 24×24 grid with a 1.75 stroke so they
 * read as a set. Kept as plain data (not markup) so the same drawings can be
 * used by the page components and, later, by generated images.
 */
export const BENEFIT_ICON_PATHS = {
  /** Three people: meeting others at a conference. */
  conferences: [
    'M8 11a3 3 0 1 0 0-6 3 3 0 0 0 0 6Z',
    'M16.5 10a2.5 2.5 0 1 0 0-5 2.5 2.5 0 0 0 0 5Z',
    'M2.5 19.5c.6-3.4 2.8-5.5 5.5-5.5s4.9 2.1 5.5 5.5',
    'M14 14.3c.8-.5 1.6-.8 2.5-.8 2.3 0 4.2 1.8 4.8 4.8',
  ],
  /** A graduation cap: training and courses. */
  training: ['M2.5 9 12 4.5 21.5 9 12 13.5 2.5 9Z', 'M6.5 11v4.5c0 1.4 2.5 3 5.5 3s5.5-1.6 5.5-3V11', 'M21.5 9v5.5'],
  /** A rising path with a flag: leadership and growth. */
  development: ['M3 20.5h18', 'M5 17l4.5-4.5 3 3L19 9', 'M19 9V3.5', 'M19 3.5h-4.5l1.2 1.5-1.2 1.5H19'],
  /** A megaphone: speaking up for libraries. */
  advocacy: [
    'M3.5 10v4a1 1 0 0 0 1 1H7l8 4.5v-15L7 9H4.5a1 1 0 0 0-1 1Z',
    'M7 15l1.2 4.5',
    'M18.5 9.5a3.5 3.5 0 0 1 0 5',
  ],
  /** An open book: journals, publications and learning. */
  resources: [
    'M12 6.5C10.2 5 7.7 4.5 3.5 4.5v13c4.2 0 6.7.5 8.5 2 1.8-1.5 4.3-2 8.5-2v-13c-4.2 0-6.7.5-8.5 2Z',
    'M12 6.5v13',
  ],
} as const satisfies Record<string, readonly string[]>;

export type BenefitIconName = keyof typeof BENEFIT_ICON_PATHS;

export const BENEFIT_ICON_NAMES = Object.keys(BENEFIT_ICON_PATHS) as [BenefitIconName, ...BenefitIconName[]];
