import { BENEFIT_ICON_PATHS } from './benefitIcons.ts';

/** Line icons for the interface, on the same 24×24 grid as the benefit icons. */
export const INTERFACE_ICON_PATHS = {
  /** The site's mark: an open book, as on the resources benefit and the favicon. */
  logo: BENEFIT_ICON_PATHS.resources,
  search: ['M11 17.5a6.5 6.5 0 1 0 0-13 6.5 6.5 0 0 0 0 13Z', 'm16 16 4.5 4.5'],
  /** The theme menu: a circle split in two, for light and dark. */
  contrast: ['M12 20.5a8.5 8.5 0 1 0 0-17 8.5 8.5 0 0 0 0 17Z', 'M12 3.5v17'],
  menu: ['M4 7h16', 'M4 12h16', 'M4 17h16'],
  check: ['m5 12.5 4.5 4.5L19 7.5'],
  /** "Add to calendar": a calendar page with a plus. */
  calendarAdd: [
    'M5 5.5h14a1 1 0 0 1 1 1V19a1 1 0 0 1-1 1H5a1 1 0 0 1-1-1V6.5a1 1 0 0 1 1-1Z',
    'M4 9.5h16',
    'M8 3.5v4',
    'M16 3.5v4',
    'M12 12.5v5',
    'M9.5 15h5',
  ],
} as const satisfies Record<string, readonly string[]>;
