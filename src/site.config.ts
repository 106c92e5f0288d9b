import { parseSiteConfig, publisherFromSettings } from './lib/site/siteConfigSchema.ts';

/**
 * Site-wide settings. `SITE_URL` sets the production address,
 * `REPOSITORY_URL` the repository (for "Edit this page" links), and
 * `PUBLISHER_NAME` with `PUBLISHER_CONTACT` who publishes the site, at build
 * time, so a deployment needs no code change. Until SITE_URL is set the
 * address uses the reserved `.example` domain, and until the publisher is set
 * the site names no one; the build warns about both.
 */
const publisher = publisherFromSettings(process.env['PUBLISHER_NAME'], process.env['PUBLISHER_CONTACT']);

export const siteConfig = parseSiteConfig({
  title: 'Library Association Benefits',
  lang: 'en-US',
  url: process.env['SITE_URL'] ?? 'https://library-association-benefits.example/',
  nav: [
    { label: 'Benefits', href: '/benefits/' },
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
  ...(publisher && { publisher }),
});
