import type { SocialImageText } from './seo/socialImage.ts';

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
const LISTENER = Symbol.for('library-association-benefits.social-images');

type Registry = { [LISTENER]?: ((entries: SocialImageEntry[]) => void) | undefined };

/** Called by the route with every preview the site needs, before the pages render. */
export function registerSocialImages(entries: readonly SocialImageEntry[]): void {
  (globalThis as Registry)[LISTENER]?.([...entries]);
}

/**
 * Called by the integration when a build starts: `listener` gets the
 * previews as soon as the route registers them, so they are written while
 * the pages render rather than after. Undefined stops listening.
 */
export function onSocialImagesRegistered(listener: ((entries: SocialImageEntry[]) => void) | undefined): void {
  (globalThis as Registry)[LISTENER] = listener;
}
