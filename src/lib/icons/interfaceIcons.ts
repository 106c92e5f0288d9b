import { BENEFIT_ICON_PATHS } from './benefitIcons.ts';

/** Line icons for the interface, on the same 24×24 grid as the benefit icons. */
export const INTERFACE_ICON_PATHS = {
  /** The site's mark: an open book, as on the resources benefit and the favicon. */
  logo: BENEFIT_ICON_PATHS.resources,
  search: ['M11 17.5a6.5 6.5 0 1 0 0-13 6.5 6.5 0 0 0 0 13Z', 'm16 16 4.5 4.5'],
  moon: ['M20.5 14.5A8.5 8.5 0 1 1 9.5 3.5a7 7 0 0 0 11 11Z'],
  check: ['m5 12.5 4.5 4.5L19 7.5'],
} as const satisfies Record<string, readonly string[]>;
