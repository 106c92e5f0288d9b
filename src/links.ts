import { withBase } from './lib/content/sitePaths.ts';
import { socialImageKey } from './lib/seo/seo.ts';
import { siteConfig } from './site.config.ts';

/** A site path such as `/join/` as a link that works under the configured base path. */
export function href(path: string): string {
  return withBase(path, import.meta.env.BASE_URL);
}

/** Absolute address of the link-preview image of the page at `pathname` (as Astro.url gives it, base included). */
export function socialImageUrl(pathname: string): string {
  const inSite = `/${pathname.slice(import.meta.env.BASE_URL.length)}`;
  return new URL(href(`/og/${socialImageKey(inSite)}.png`), siteConfig.url).href;
}
