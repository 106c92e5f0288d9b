interface ImportMetaEnv {
  /** True only under `astro dev`: draft pages are shown there and nowhere else. */
  readonly SHOW_DRAFTS: boolean;
}
