import { HtmlValidate } from 'html-validate';
import { join } from 'node:path';
import { describe, expect, inject, test } from 'vitest';
import { builtFiles } from '../support/builtSite.ts';

/*
 * Every HTML file of the built site against html-validate's recommended and
 * accessibility rules. A rule that is wrong for one element is switched off
 * for that element only, in the markup, with its reason.
 */
const validator = new HtmlValidate({ extends: ['html-validate:recommended', 'html-validate:a11y'] });
const distDir = inject('distDir');
const htmlFiles = builtFiles(distDir).filter((file) => file.endsWith('.html'));

describe('HTML validity', () => {
  test('there are pages to check', () => {
    expect(htmlFiles.length).toBeGreaterThan(5);
  });

  test.each(htmlFiles)('%s has no errors', async (file) => {
    const report = await validator.validateFile(join(distDir, file));
    const problems = report.results.flatMap((result) =>
      result.messages.map((message) => `${message.ruleId}: ${message.message} (${message.selector ?? 'document'})`),
    );
    expect(problems).toEqual([]);
  });
});
