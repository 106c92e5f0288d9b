import type { APIRoute, GetStaticPaths } from 'astro';
import { getBenefits, getPages, getRoleContexts } from '../../content.ts';
import type { BenefitIconName } from '../../lib/icons/benefitIcons.ts';
import { cachedSocialImage } from '../../lib/seo/cachedSocialImage.ts';
import { FIXED_PAGES } from '../../pageMeta.ts';
import { siteConfig } from '../../site.config.ts';

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
  const fixed = Object.entries(FIXED_PAGES).map(([key, page]) => ({
    params: { key },
    props: { title: page.title, subtitle: page.description },
  }));
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
  return [...fixed, ...benefits, ...pages, ...roles];
}) satisfies GetStaticPaths;

export const GET: APIRoute<Props> = async ({ props }) => {
  const png = await cachedSocialImage({ ...props, siteName: siteConfig.title }, import.meta.env.SOCIAL_IMAGE_CACHE);
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
