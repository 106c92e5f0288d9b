// @ts-check
import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import astro from 'eslint-plugin-astro';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default defineConfig(
  { ignores: ['dist/', '.astro/', 'node_modules/', 'screenshots/', 'tests/fixtures/'] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  ...tseslint.configs.recommendedTypeChecked,
  ...astro.configs.recommended,
  ...astro.configs['jsx-a11y-strict'],
  {
    languageOptions: {
      globals: { ...globals.node },
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      // Safari drops list semantics from lists styled without bullets, so
      // role="list" on those is needed, not redundant.
      'astro/jsx-a11y/no-redundant-roles': ['error', { ul: ['list'], ol: ['list'] }],
      // One rule for relative imports, which Node, Vite and TypeScript all accept: name the file with its extension.
      'no-restricted-syntax': [
        'error',
        {
          selector:
            'ImportDeclaration[source.value=/^\\.{1,2}\\/(?!.*\\.(?:ts|js|mjs|astro|css|svg|json|html)(?:\\?.*)?$)/]',
          message: 'Name the imported file with its extension (./thing.ts, ./Thing.astro).',
        },
      ],
    },
  },
  {
    // Files outside any TypeScript project (configs, Astro components' scripts): no type information to lint with.
    files: ['**/*.astro', '**/*.astro/*.{js,ts}', '*.{js,mjs}', 'src/client/themeBoot.js'],
    ...tseslint.configs.disableTypeChecked,
  },
  {
    files: ['tests/**'],
    // Vitest's asymmetric matchers (expect.stringMatching and the like) are typed `any` by design.
    rules: { '@typescript-eslint/no-unsafe-assignment': 'off' },
  },
  {
    // Browser code: the theme script and the search interface.
    files: ['src/client/**', '**/*.astro/*.js'],
    languageOptions: { globals: { ...globals.browser } },
  },
);
