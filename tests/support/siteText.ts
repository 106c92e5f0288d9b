import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { letterSchema, siteTextSchema } from '../../src/lib/content/siteTextSchemas.ts';
import type { LetterWords } from '../../src/lib/letter/composeLetter.ts';

/** The letter's words as the site reads them from content/site/letter.yaml, checked by their schema. */
export function letterWords(): LetterWords {
  return letterSchema.parse(parse(readFileSync('content/site/letter.yaml', 'utf8')));
}

/** The words of content/site/site.yaml, checked by their schema. */
export function siteText() {
  return siteTextSchema.parse(parse(readFileSync('content/site/site.yaml', 'utf8')));
}
