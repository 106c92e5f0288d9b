import { z } from 'astro/zod';
import { describe, expect, test } from 'vitest';
import { AUDIENCE_IDS } from '../../src/lib/content/audiences.ts';
import { benefitSchema, pageSchema, roleSchema } from '../../src/lib/content/contentSchemas.ts';
import { SITE_FILE_SCHEMAS, SITE_FILES, type SiteCollection } from '../../src/lib/content/siteTextSchemas.ts';
import { associationSchema } from '../../src/lib/site/associationSchema.ts';
import { cmsConfig, editorCanSave, repositoryBackend, type CmsField } from '../../src/lib/cms/cmsConfig.ts';
import { CMS_FIELD_TEXT } from '../../src/lib/cms/cmsFieldText.ts';
import { BENEFIT_ICON_NAMES } from '../../src/lib/icons/benefitIcons.ts';

/*
 * The browser editor's form is generated from the content schemas. These
 * tests fail when the two drift: a field the schema has and the form lacks
 * (or the reverse), a field without its own label, or a limit the form
 * checks differently from the build.
 */

const settings = { contentFolder: 'content', benefitIds: ['conferences', 'training'] };
const config = cmsConfig(settings);
const collection = (name: string) => {
  const found = config.collections.find((entry) => entry.name === name);
  if (!found || !('fields' in found)) throw new Error(`no folder collection ${name}`);
  return found;
};
/** A frontmatter schema as JSON Schema, as cmsConfig.ts reads it. */
const jsonSchema = (schema: z.ZodType) =>
  z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as {
    properties: Record<string, { minLength: number; maxLength: number }>;
    required: string[];
  };
/** The top-level keys of a frontmatter schema, read from the schema itself. */
const keysOf = (schema: z.ZodType) => Object.keys(jsonSchema(schema).properties);
const field = (fields: CmsField[], name: string) => {
  const found = fields.find((entry) => entry.name === name);
  if (!found) throw new Error(`no field ${name}`);
  return found;
};
const matches = (entry: CmsField, value: string) => new RegExp(entry.pattern?.[0] ?? '').test(value);

const FOLDERS = {
  benefits: benefitSchema(z.string()),
  pages: pageSchema,
  roles: roleSchema,
} as const;

describe('the editor has every field of every schema', () => {
  test.each(Object.entries(FOLDERS))('%s: the same fields as the schema, and the text below them', (name, schema) => {
    const names = collection(name).fields.map((entry) => entry.name);
    expect([...names].sort()).toEqual([...keysOf(schema), 'body'].sort());
  });

  test.each(Object.keys(FOLDERS))('%s: each field has its own label and help text', (name) => {
    for (const entry of collection(name).fields) {
      if (entry.name === 'body') continue;
      expect(
        CMS_FIELD_TEXT[entry.name],
        `${name}.${entry.name} has no label in src/lib/cms/cmsFieldText.ts`,
      ).toBeDefined();
      expect(entry.hint, `${name}.${entry.name}`).toBeTruthy();
    }
  });

  test('no label is left for a field that no schema has', () => {
    const used = new Set([...Object.values(FOLDERS).flatMap(keysOf), ...keysOf(associationSchema)]);
    used.add('question').add('answer');
    expect(Object.keys(CMS_FIELD_TEXT).filter((name) => !used.has(name))).toEqual([]);
  });

  test("each file of content/site/ is in the editor with its schema's fields", () => {
    const files = config.collections.flatMap((entry) => ('files' in entry ? entry.files : []));
    expect(files.map((file) => file.file).sort()).toEqual(
      [...Object.values(SITE_FILES), 'association.yaml'].map((file) => `content/site/${file}`).sort(),
    );
    for (const file of files) {
      const schema = file.name === 'association' ? associationSchema : SITE_FILE_SCHEMAS[file.name as SiteCollection];
      const names = file.fields.map((entry) => entry.name).filter((name) => name !== 'body');
      expect([...names].sort(), file.file).toEqual(keysOf(schema).sort());
    }
  });

  test('required in the form exactly when the schema requires it', () => {
    const fields = collection('benefits').fields;
    const { required } = jsonSchema(FOLDERS.benefits);
    for (const entry of fields.filter((item) => item.name !== 'body')) {
      expect(entry.required !== false, entry.name).toBe(required.includes(entry.name));
    }
  });
});

describe('the form refuses what the schema refuses', () => {
  const fields = collection('benefits').fields;
  const textFields = ['title', 'description', 'summary', 'lead', 'caseForEmployer'] as const;

  test.each(textFields)('%s: the same length limits as the schema', (name) => {
    const entry = field(fields, name);
    const { minLength, maxLength } = jsonSchema(FOLDERS.benefits).properties[name] ?? { minLength: 0, maxLength: 0 };
    for (const length of [minLength - 1, minLength, maxLength, maxLength + 1]) {
      const value = 'a'.repeat(Math.max(length, 0));
      const result = FOLDERS.benefits.safeParse({ [name]: value });
      const schemaAccepts = !result.error?.issues.some((issue) => issue.path[0] === name);
      expect(matches(entry, value), `${name} of ${length} characters`).toBe(schemaAccepts);
    }
    expect(matches(entry, 'a'.repeat(minLength) + '\nsecond line')).toBe(false);
  });

  test('choices: the icons and the audiences the site knows', () => {
    expect(field(fields, 'icon').options?.map((option) => option.value)).toEqual([...BENEFIT_ICON_NAMES]);
    expect(field(fields, 'audiences').options?.map((option) => option.value)).toEqual([...AUDIENCE_IDS]);
    expect(field(fields, 'whyItMatters').fields?.map((entry) => entry.name)).toEqual([...AUDIENCE_IDS]);
    expect(field(fields, 'keyPoints')).toMatchObject({ min: 2, max: 6 });
  });

  test('related benefits: only benefits that exist, at most three', () => {
    const related = field(fields, 'related');
    expect(related).toMatchObject({ widget: 'relation', collection: 'benefits', multiple: true, max: 3 });
    // Decap checks a list joined with commas.
    expect(matches(related, 'conferences,training')).toBe(true);
    expect(matches(related, 'conferences,trainnig')).toBe(false);
    expect(matches(related, 'conference')).toBe(false);
  });

  test('dates: real days only, written YYYY-MM-DD', () => {
    const date = field(fields, 'lastReviewed');
    expect(date).toMatchObject({ widget: 'datetime', format: 'YYYY-MM-DD', time_format: false });
    expect(matches(date, '2026-11-28')).toBe(true);
    for (const bad of ['2026-02-30', '2026-13-01', '28/11/2026', '2026-11-28T10:00'])
      expect(matches(date, bad), bad).toBe(false);
  });
});

describe('where the editor saves', () => {
  test('under `npm run edit`: the local backend, straight into the files', () => {
    const local = cmsConfig({ ...settings, localBackendUrl: 'http://127.0.0.1:8081/api/v1' });
    expect(local).toMatchObject({ local_backend: { url: 'http://127.0.0.1:8081/api/v1' }, publish_mode: 'simple' });
  });

  test('published: the GitHub repository of REPOSITORY_URL, every change a pull request', () => {
    const published = cmsConfig({
      ...settings,
      repository: { url: 'https://github.com/acme/library-benefits/', branch: 'main' },
    });
    expect(published).not.toHaveProperty('local_backend');
    expect(published).toMatchObject({
      backend: { name: 'github', repo: 'acme/library-benefits', branch: 'main' },
      publish_mode: 'editorial_workflow',
    });
    expect(repositoryBackend({ url: 'https://github.com/acme/site.git', branch: 'main' })).toEqual({
      name: 'github',
      repo: 'acme/site',
      branch: 'main',
    });
    expect(repositoryBackend({ url: 'https://gitlab.com/acme/site/', branch: 'main' })).toMatchObject({
      name: 'gitlab',
      repo: 'acme/site',
    });
    expect(repositoryBackend({ url: 'https://git.example/acme/site/', branch: 'main' })).toBeUndefined();
  });

  test('the built editor is not offered until it has somewhere to save', () => {
    expect(editorCanSave(settings)).toBe(false);
    expect(editorCanSave({ ...settings, repository: { url: 'https://git.example/acme/site/', branch: 'main' } })).toBe(
      false,
    );
    expect(editorCanSave({ ...settings, repository: { url: 'https://github.com/acme/site/', branch: 'main' } })).toBe(
      true,
    );
    expect(editorCanSave({ ...settings, localBackendUrl: 'http://127.0.0.1:8081/api/v1' })).toBe(true);
  });

  test('new benefits and pages start as drafts', () => {
    expect(field(collection('benefits').fields, 'draft').default).toBe(true);
    expect(field(collection('pages').fields, 'draft').default).toBe(true);
  });
});
