interface ImportMetaEnv {
  /** True only under `astro dev`: drafts are shown and content re-checked there, and nowhere else. */
  readonly DEV_SERVER: boolean;
}
