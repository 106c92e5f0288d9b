import type { APIRoute } from 'astro';
import { getSiteEntry } from '../content.ts';
import { THEME_COLOURS } from '../lib/theme/themeColours.ts';
import { href } from '../links.ts';
import { siteConfig } from '../site.config.ts';

/** Lets a phone add the site to its home screen with the right name, colours and icons. */
export const GET: APIRoute = async () =>
  new Response(
    JSON.stringify({
      name: siteConfig.title,
      short_name: 'Library benefits',
      // The site's description is the home page's (content/site/home.mdx).
      description: (await getSiteEntry('home')).data.description,
      lang: siteConfig.lang,
      start_url: href('/'),
      scope: href('/'),
      display: 'minimal-ui',
      background_color: THEME_COLOURS.light.paper,
      theme_color: THEME_COLOURS.light.primary,
      icons: [
        { src: href('/icons/icon-192.png'), sizes: '192x192', type: 'image/png' },
        { src: href('/icons/icon-512.png'), sizes: '512x512', type: 'image/png' },
        { src: href('/favicon.svg'), sizes: 'any', type: 'image/svg+xml' },
      ],
    }),
    { headers: { 'Content-Type': 'application/manifest+json' } },
  );
