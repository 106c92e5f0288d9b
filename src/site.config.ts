import { parseSiteConfig } from './lib/siteConfigSchema.ts';

/**
 * Site-wide settings. `SITE_URL` and `REPOSITORY_URL` override the production
 * and repository addresses at build time, so a deployment can set its real
 * domain without editing code. The defaults use the reserved `.example`
 * domain on purpose: set the real ones before publishing.
 */
export const siteConfig = parseSiteConfig({
  title: 'Library Association Benefits',
  description:
    'Why joining your local library association pays off: conferences, training, leadership and mentoring, advocacy, and low-cost learning.',
  lang: 'en-US',
  url: process.env['SITE_URL'] ?? 'https://library-association-benefits.example/',
  nav: [
    { label: 'Benefits', href: '/benefits/' },
    { label: 'How to join', href: '/join/' },
    { label: 'About', href: '/about/' },
  ],
  repository: {
    url: process.env['REPOSITORY_URL'] ?? 'https://git.example/library-association-benefits/',
    branch: 'main',
  },
});
