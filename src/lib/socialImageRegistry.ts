import type { SocialImageText } from './socialImage.ts';

/** One link-preview image: where it goes under /og/ (without .png) and what it shows. */
export interface SocialImageEntry {
  key: string;
  text: SocialImageText;
}

/*
 * The previews a build needs, handed from the /og/ route (which knows the
 * content) to the social-image integration (which writes the files once the
 * pages are built). Both run in the same Node process, but Astro loads the
 * route from its own bundle, so the list lives on globalThis under a shared
 * symbol rather than in a module variable.
 */
const REGISTRY = Symbol.for('library-association-benefits.social-images');

type Registry = { [REGISTRY]?: SocialImageEntry[] };

export function registerSocialImages(entries: readonly SocialImageEntry[]): void {
  (globalThis as Registry)[REGISTRY] = [...entries];
}

/** The registered previews, emptied so a second build in the same process starts afresh. */
export function takeSocialImages(): SocialImageEntry[] {
  const entries = (globalThis as Registry)[REGISTRY] ?? [];
  (globalThis as Registry)[REGISTRY] = [];
  return entries;
}
