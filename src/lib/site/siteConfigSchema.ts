import { z } from 'astro/zod';

const absoluteHttpsUrl = z
  .url({ protocol: /^https$/, error: 'must be a full https:// address' })
  .transform((value) => (value.endsWith('/') ? value : `${value}/`));

const navItem = z.strictObject({
  /** Text shown in the header. */
  label: z.string().min(1),
  /** Site-relative path with leading and trailing slash, e.g. `/benefits/`. */
  href: z.string().regex(/^\/(?:[a-z0-9-]+\/)*$/, {
    error: 'must be a site path such as /benefits/ (leading and trailing slash, lower case)',
  }),
});

/**
 * The one place for facts about the site as a whole. Parsed once at start-up,
 * so a misspelt key or a malformed address stops the build instead of
 * shipping broken metadata.
 */
const siteConfigSchema = z.strictObject({
  /** Site name: the header, the end of every `<title>`, link previews. */
  title: z.string().min(3).max(60),
  /** BCP 47 language tag for `<html lang>`. */
  lang: z.string().regex(/^[a-z]{2,3}(?:-[A-Z]{2})?$/),
  /** Production address, with a trailing slash. Used for canonical URLs and the sitemap. */
  url: absoluteHttpsUrl,
  /** Header navigation, in order. */
  nav: z.array(navItem).min(1),
  /** Extra footer links after the header's, for tools that would crowd the header. */
  footerNav: z.array(navItem).default([]),
  /**
   * Who publishes the site: the association, from its file. Named in the
   * footer, on the About page and in the structured data; the general guide
   * has none and says it is published by no association.
   */
  publisher: z
    .strictObject({
      name: z.string(),
      /** How to reach it, to report a mistake: an email address or a contact page. */
      contact: z.union([z.strictObject({ email: z.string() }), z.strictObject({ url: z.string() })]),
    })
    .optional(),
  /**
   * Where the source lives, so each page can offer an "Edit this page" link.
   * Leave out until the repository has a public address: no link is shown.
   */
  repository: z
    .strictObject({
      /** Web address of the repository. */
      url: absoluteHttpsUrl,
      /** Branch that editors edit. */
      branch: z.string().min(1).default('main'),
      /** Path pattern for a file's edit view, relative to `url`; `{branch}` and `{path}` are filled in. */
      editPathPattern: z.string().includes('{path}').default('edit/{branch}/{path}'),
      /** Path of the list of issues, relative to `url`, where readers can report a mistake. */
      issuesPath: z.string().default('issues'),
    })
    .optional(),
});

export type SiteConfig = z.infer<typeof siteConfigSchema>;
export type SiteConfigInput = z.input<typeof siteConfigSchema>;

/** Parses a site configuration and turns zod's issues into one readable error. */
export function parseSiteConfig(input: unknown): SiteConfig {
  const result = siteConfigSchema.safeParse(input);
  if (result.success) return result.data;
  const details = result.error.issues
    .map((issue) => `  - ${issue.path.join('.') || '(root)'}: ${issue.message}`)
    .join('\n');
  throw new Error(`Invalid site configuration in src/site.config.ts:\n${details}`);
}

/** The address where an editor can change the file at `repoPath`, if the repository is configured. */
export function editUrl(config: SiteConfig, repoPath: string): string | undefined {
  const { repository } = config;
  if (!repository) return undefined;
  const path = repository.editPathPattern
    .replace('{branch}', repository.branch)
    .replace('{path}', repoPath.replace(/^\/+/, ''));
  return new URL(path, repository.url).href;
}

/** Where a reader reaches the publisher: a `mailto:` link or the contact page. */
export function publisherContactUrl(publisher: NonNullable<SiteConfig['publisher']>): string {
  return 'email' in publisher.contact ? `mailto:${publisher.contact.email}` : publisher.contact.url;
}

/** The repository's list of issues, where a reader can report a mistake, if the repository is configured. */
export function issuesUrl(config: SiteConfig): string | undefined {
  return config.repository && new URL(config.repository.issuesPath, config.repository.url).href;
}
