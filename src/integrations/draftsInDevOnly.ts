import type { AstroIntegration } from 'astro';

/**
 * Decides from the Astro command, not from the environment, whether draft
 * pages are shown. `import.meta.env.DEV` is true in `astro build` too when
 * NODE_ENV=development or DEV is set, which would publish drafts; the command
 * cannot be fooled that way.
 */
export function draftsInDevOnly(): AstroIntegration {
  return {
    name: 'drafts-in-dev-only',
    hooks: {
      'astro:config:setup': ({ command, updateConfig }) => {
        updateConfig({
          vite: { define: { 'import.meta.env.SHOW_DRAFTS': JSON.stringify(command === 'dev') } },
        });
      },
    },
  };
}
