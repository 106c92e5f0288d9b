import { parseSiteConfig } from './lib/site/siteConfigSchema.ts';

/**
 * Site-wide settings. `SITE_URL` sets the production address and
 * `REPOSITORY_URL` the repository (for "Edit this page" links) at build time,
 * so a deployment needs no code change. Until SITE_URL is set the address
 * uses the reserved `.example` domain, and the build warns about it.
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
});
