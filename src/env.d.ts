interface ImportMetaEnv {
  /** True only under `astro dev`: drafts are shown and content re-checked there, and nowhere else. */
  readonly DEV_SERVER: boolean;
  /** Where link-preview images are kept between builds (set in astro.config.mjs). */
  readonly SOCIAL_IMAGE_CACHE: string;
}
