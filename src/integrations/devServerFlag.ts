import type { AstroIntegration } from 'astro';

/**
 * Tells the site whether it runs under `astro dev` (where drafts show and
 * content is re-checked on every render), decided from the Astro command,
 * not from the environment. `import.meta.env.DEV` is true in `astro build` too when
 * NODE_ENV=development or DEV is set, which would publish drafts; the command
 * cannot be fooled that way.
 */
export function devServerFlag(): AstroIntegration {
  return {
    name: 'dev-server-flag',
    hooks: {
      'astro:config:setup': ({ command, updateConfig }) => {
        updateConfig({
          vite: { define: { 'import.meta.env.DEV_SERVER': JSON.stringify(command === 'dev') } },
        });
      },
    },
  };
}
