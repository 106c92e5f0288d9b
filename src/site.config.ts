import { BUILD_DAY, hasUpcomingEvents } from './lib/events/upcomingEvents.ts';
import { readAssociation } from './lib/site/associationSchema.ts';
import { CONTENT_DIR, PUBLIC_DIR } from './lib/site/contentDir.ts';
import { parseSiteConfig } from './lib/site/siteConfigSchema.ts';

/**
 * The association whose site this is, from content/site/association.yaml;
 * undefined for the general guide, which names no association.
 */
export const association = readAssociation(CONTENT_DIR, PUBLIC_DIR);

/**
 * Site-wide settings. `SITE_URL` sets the production address and
 * `REPOSITORY_URL` the repository (for "Edit this page" links), at build
 * time, so a deployment needs no code change. Until SITE_URL is set the
 * address uses the reserved `.example` domain, and the build warns.
 */
export const siteConfig = parseSiteConfig({
  title: association?.name ?? 'Library Association Benefits',
  lang: 'en-US',
  url: process.env['SITE_URL'] ?? 'https://library-association-benefits.example/',
  nav: [
    { label: 'Benefits', href: '/benefits/' },
    // The events page exists only while the association has events to come (src/pages/events/).
    ...(association && hasUpcomingEvents(CONTENT_DIR, BUILD_DAY) ? [{ label: 'Events', href: '/events/' }] : []),
    { label: 'How to join', href: '/join/' },
    { label: 'About', href: '/about/' },
  ],
  footerNav: [
    { label: 'Membership value calculator', href: '/value/' },
    { label: 'Letter to your employer', href: '/make-the-case/' },
    { label: 'Find your association', href: '/find-your-association/' },
    { label: 'Questions and answers', href: '/questions/' },
    { label: 'For employers', href: '/for-employers/' },
    { label: 'Glossary', href: '/glossary/' },
    { label: 'Accessibility', href: '/accessibility/' },
    { label: 'Privacy', href: '/privacy/' },
  ],
  ...(process.env['REPOSITORY_URL'] && { repository: { url: process.env['REPOSITORY_URL'], branch: 'main' } }),
  // The association publishes its own site and answers for it.
  ...(association && { publisher: { name: association.name, contact: association.contact } }),
});
