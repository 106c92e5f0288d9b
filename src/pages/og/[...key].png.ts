import type { APIRoute, GetStaticPaths } from 'astro';
import { getBenefits, getPages, getRoleContexts, getSiteEntry, getUpcomingEvents } from '../../content.ts';
import type { BenefitIconName } from '../../lib/icons/benefitIcons.ts';
import { cachedSocialImage } from '../../lib/seo/cachedSocialImage.ts';
import { association, siteConfig } from '../../site.config.ts';

interface Props {
  title: string;
  subtitle: string;
  icon?: BenefitIconName | undefined;
}

/**
 * One link-preview image per page, drawn from the content with satori and
 * resvg. An image drawn by an earlier build is read back from Astro's cache
 * folder instead of being drawn again (see cachedSocialImage).
 */
export const getStaticPaths = (async () => {
  // The pages the site builds itself, by the image's name: /og/index.png is the home page's.
  const fixedPages = {
    index: 'home',
    benefits: 'benefitList',
    search: 'searchPage',
    '404': 'notFound',
    value: 'valuePage',
    'make-the-case': 'letterPage',
  } as const;
  const fixed = await Promise.all(
    Object.entries(fixedPages).map(async ([key, collection]) => {
      const { title, description } = (await getSiteEntry(collection)).data;
      return { params: { key }, props: { title, subtitle: description } };
    }),
  );
  const benefits = (await getBenefits()).map((benefit) => ({
    params: { key: `benefits/${benefit.id}` },
    props: { title: benefit.data.title, subtitle: benefit.data.summary, icon: benefit.data.icon },
  }));
  const pages = (await getPages()).map((page) => ({
    params: { key: page.id },
    props: { title: page.data.title, subtitle: page.data.description },
  }));
  const roles = (await getRoleContexts()).map(({ role, audience }) => ({
    params: { key: `for/${audience}` },
    props: { title: role.data.title, subtitle: role.data.description },
  }));
  // The events page, only while there are events to come (src/pages/events/).
  const eventsPage = (await getSiteEntry('eventsPage')).data;
  const events =
    (await getUpcomingEvents()).length > 0
      ? [{ params: { key: 'events' }, props: { title: eventsPage.title, subtitle: eventsPage.description } }]
      : [];
  return [...fixed, ...benefits, ...pages, ...roles, ...events];
}) satisfies GetStaticPaths;

export const GET: APIRoute<Props> = async ({ props }) => {
  // The association's name (the site's title) and its brand colour, when it gives them.
  const text = { ...props, siteName: siteConfig.title, accent: association?.brandColor?.light };
  const png = await cachedSocialImage(text, import.meta.env.SOCIAL_IMAGE_CACHE);
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
