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
  ...astro.configs.recommended,
  ...astro.configs['jsx-a11y-strict'],
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      // Safari drops list semantics from lists styled without bullets, so
      // role="list" on those is needed, not redundant.
      'astro/jsx-a11y/no-redundant-roles': ['error', { ul: ['list'], ol: ['list'] }],
    },
  },
  {
    // Browser code: the theme script and the search interface.
    files: ['src/client/**', '**/*.astro/*.js'],
    languageOptions: { globals: { ...globals.browser } },
  },
);
