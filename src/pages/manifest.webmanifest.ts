import type { APIRoute } from 'astro';
import { getSiteEntry } from '../content.ts';
import { siteIcon } from '../lib/icons/siteIcon.ts';
import { THEME_COLOURS } from '../lib/theme/themeColours.ts';
import { href } from '../links.ts';
import { association, siteConfig } from '../site.config.ts';

/** The site's own icon or the association's logo, as drawn or as it is (src/lib/icons/siteIcon.ts). */
const icon = siteIcon(association?.logo);

/** Lets a phone add the site to its home screen with the right name, colours and icons. */
export const GET: APIRoute = async () =>
  new Response(
    JSON.stringify({
      name: siteConfig.title,
      // Under the icon on a home screen, where a long name is cut off.
      short_name: association ? (association.shortName ?? association.name) : 'Library benefits',
      // The site's description is the home page's (content/site/home.mdx).
      description: (await getSiteEntry('home')).data.description,
      lang: siteConfig.lang,
      start_url: href('/'),
      scope: href('/'),
      display: 'minimal-ui',
      background_color: THEME_COLOURS.light.paper,
      // The bar above the site opened from a home screen: the accent of the light theme. A brand colour reads
      // at AA on the light paper (brandShades.ts), so the bar's white title reads on it too. The pages' own
      // theme-color stays the paper, so the browser's bar runs into the page.
      theme_color: association?.brandColor?.light ?? THEME_COLOURS.light.primary,
      icons: [
        { src: href('/icons/icon-192.png'), sizes: '192x192', type: 'image/png' },
        { src: href('/icons/icon-512.png'), sizes: '512x512', type: 'image/png' },
        // A PNG logo has a size of its own, which the two above already cover; an SVG fits any.
        ...(icon.type === 'image/svg+xml' ? [{ src: href(icon.path), sizes: 'any', type: icon.type }] : []),
      ],
    }),
    { headers: { 'Content-Type': 'application/manifest+json' } },
  );
