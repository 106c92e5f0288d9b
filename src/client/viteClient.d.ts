/*
 * What Vite adds for code it bundles: import.meta.env and imports such as
 * `?worker&url` and `?raw`. Only these: the browser code must not see Node's types.
 */
/// <reference types="vite/client" />

/** The words of content/site/letter.yaml, checked at build time (src/integrations/letterWords.ts). */
declare module 'virtual:letter-words' {
  const words: import('../lib/letter/composeLetter.ts').LetterWords;
  export default words;
}

/** The groups of content/search-synonyms.yaml, checked at build time (src/integrations/searchSynonyms.ts). */
declare module 'virtual:search-synonyms' {
  const groups: readonly (readonly string[])[];
  export default groups;
}
