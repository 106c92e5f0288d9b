import { z } from 'astro/zod';
import { AUDIENCE_IDS, AUDIENCE_LABELS, type AudienceId } from '../content/audiences.ts';
import { benefitSchema, pageSchema, roleSchema } from '../content/contentSchemas.ts';
import { SITE_FILE_SCHEMAS, SITE_FILES, type SiteCollection } from '../content/siteTextSchemas.ts';
import { ASSOCIATION_FILE, associationSchema } from '../site/associationSchema.ts';
import { CMS_FIELD_TEXT, CMS_STRINGS, SITE_FILE_LABELS } from './cmsFieldText.ts';
import { MDX_FORMAT, YAML_FORMAT } from './cmsFormat.ts';

/*
 * The browser editor's configuration (Decap CMS), generated from the content
 * schemas: every field a schema has, with its limits, choices and whether it
 * is required, becomes a field of the editor's form. A schema change changes
 * the form with it; tests/unit/cmsConfig.test.ts fails if a field has no
 * label or the two disagree. The build still checks everything (the schema
 * wins); this only lets the form refuse the same mistakes before saving.
 */

/** A JSON Schema node as z.toJSONSchema writes it, with the parts used here. */
interface JsonSchema {
  type?: string;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  enum?: string[];
  anyOf?: JsonSchema[];
  minLength?: number;
  maxLength?: number;
  minItems?: number;
  maxItems?: number;
  minimum?: number;
  maximum?: number;
  pattern?: string;
  format?: string;
  default?: unknown;
  additionalProperties?: JsonSchema | boolean;
}

/** A field of Decap's form (only the options used here). */
export interface CmsField {
  name: string;
  label: string;
  widget: string;
  hint?: string;
  required?: boolean;
  default?: unknown;
  pattern?: [string, string];
  options?: { label: string; value: string }[];
  multiple?: boolean;
  min?: number;
  max?: number;
  value_type?: 'int';
  fields?: CmsField[];
  field?: CmsField;
  collapsed?: boolean;
  collection?: string;
  value_field?: string;
  search_fields?: string[];
  display_fields?: string[];
  format?: string;
  date_format?: string;
  time_format?: boolean;
  picker_utc?: boolean;
}

export interface CmsSettings {
  /** The content folder's path from the repository root, as the backend sees it: `content`. */
  contentFolder: string;
  /** The benefit files' names without .mdx, for the check on `related`. */
  benefitIds: readonly string[];
  /** GitHub repository and branch the published editor saves to (from REPOSITORY_URL). */
  repository?: { url: string; branch: string } | undefined;
  /** The sign-in service's address (CMS_AUTH_URL); Netlify's when not set. */
  authUrl?: string | undefined;
  /** The local backend's address under `npm run edit`; left out in the built site. */
  localBackendUrl?: string | undefined;
}

const toJson = (schema: z.ZodType) => z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as JsonSchema;

/** "benefitsButton" → "Benefits button", for fields with no label of their own. */
function humanize(name: string): string {
  const words = name.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

const escapeRegex = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const choices = (name: string, values: string[]) =>
  values.map((value) => ({
    label: name === 'audiences' ? (AUDIENCE_LABELS[value as AudienceId] ?? value) : humanize(value),
    value,
  }));

/** A string with a date pattern, or Zod's date-or-text union. */
function datePattern(node: JsonSchema): string | undefined {
  if (node.format === 'date' && node.pattern) return node.pattern;
  return node.anyOf?.map(datePattern).find(Boolean);
}

/** A field's widget and its options, with `note`: what its help text says after the field's own. */
type Widget = Omit<CmsField, 'name' | 'label'> & { note?: string };

function widgetFor(path: string, label: string, node: JsonSchema, settings: CmsSettings): Widget {
  const name = path.split('.').pop() ?? path;
  const bounds = {
    ...(node.minItems !== undefined && { min: node.minItems }),
    ...(node.maxItems !== undefined && { max: node.maxItems }),
  };
  const date = datePattern(node);
  if (date) {
    return {
      widget: 'datetime',
      format: 'YYYY-MM-DD',
      date_format: 'YYYY-MM-DD',
      time_format: false,
      picker_utc: true,
      note: 'A real date, YYYY-MM-DD.',
      pattern: [date, 'use a real date, written YYYY-MM-DD, for example 2026-11-28'],
    };
  }
  if (name === 'related') {
    const ids = settings.benefitIds.map(escapeRegex).join('|');
    return {
      widget: 'relation',
      collection: 'benefits',
      value_field: '{{slug}}',
      search_fields: ['title'],
      display_fields: ['title'],
      multiple: true,
      ...bounds,
      // The list is checked joined with commas: every entry must be an existing benefit.
      pattern: [`^(?:(?:${ids})(?:,(?:${ids}))*)?$`, CMS_STRINGS.unknownBenefit],
    };
  }
  if (name === 'whyItMatters') {
    // A record keyed by audience: one text per audience, each optional (the build checks they match `audiences`).
    const value = typeof node.additionalProperties === 'object' ? node.additionalProperties : { type: 'string' };
    const fields = AUDIENCE_IDS.map((id) => fieldFor(`${path}.${id}`, value, false, settings, AUDIENCE_LABELS[id]));
    return { widget: 'object', fields };
  }
  if (node.type === 'string' && node.enum) return { widget: 'select', options: choices(name, node.enum) };
  // A text with no length rule (an address, a colour): the field's own hint says what to write.
  if (node.type === 'string' && node.minLength === undefined && node.maxLength === undefined)
    return { widget: 'string' };
  if (node.type === 'string') {
    // The site's one-line texts are at most a few hundred characters; only the letter runs to thousands, over many lines.
    const { minLength: min = 0, maxLength: max } = node;
    const multiLine = (max ?? 0) >= 1000;
    const rule = `${min} to ${max ?? 'any number of'} characters${multiLine ? '' : ', on one line'}`;
    const length = `{${min},${max ?? ''}}`;
    return {
      widget: (max ?? 0) > 120 ? 'text' : 'string',
      note: `${rule}.`,
      // The schema trims the text before counting, as the pattern does here.
      pattern: [
        multiLine ? `^[\\s\\S]${length}$` : `^\\s*[^\\r\\n]${length}\\s*$`,
        `write ${rule} (the build refuses anything else)`,
      ],
    };
  }
  if (node.type === 'integer' || node.type === 'number') {
    return {
      widget: 'number',
      ...(node.type === 'integer' && { value_type: 'int' as const }),
      ...(node.minimum !== undefined && { min: node.minimum }),
      ...(node.maximum !== undefined && node.maximum < Number.MAX_SAFE_INTEGER && { max: node.maximum }),
      ...(node.default !== undefined && { note: `Left empty: ${JSON.stringify(node.default)}.` }),
    };
  }
  if (node.type === 'boolean') return { widget: 'boolean', required: false };
  if (node.type === 'array' && node.items?.enum) {
    return { widget: 'select', multiple: true, options: choices(name, node.items.enum), ...bounds };
  }
  if (node.type === 'array' && node.items) {
    const each =
      node.items.type === 'object'
        ? { fields: objectFields(path, node.items, settings) }
        : { field: fieldFor(`${path}.item`, node.items, true, settings, label) };
    return { widget: 'list', collapsed: false, ...bounds, ...each };
  }
  if (node.type === 'object' && node.properties) {
    return { widget: 'object', collapsed: false, fields: objectFields(path, node, settings) };
  }
  throw new Error(`The editor has no field for ${path}: add one in src/lib/cms/cmsConfig.ts`);
}

/** One field of the form for one property of the schema, labelled `label` unless cmsFieldText.ts names it. */
function fieldFor(path: string, node: JsonSchema, required: boolean, settings: CmsSettings, label?: string): CmsField {
  const name = path.split('.').pop() ?? path;
  // Words by name are for top-level fields and each question's; a nested field such as the footer's `about`
  // is labelled by its own name, never given another field's help.
  const text = path.includes('.') && !path.startsWith('questions.') ? undefined : CMS_FIELD_TEXT[name];
  const fieldLabel = text?.label ?? label ?? humanize(name);
  const { note, ...widget } = widgetFor(path, fieldLabel, node, settings);
  const hint = [text?.hint, note].filter(Boolean).join(' ');
  return { name, label: fieldLabel, ...(hint && { hint }), ...(!required && { required: false }), ...widget };
}

/** The order of fields in the files, so the form reads like them; other fields follow in the schema's order. */
const FILE_ORDER = [
  'title',
  'description',
  'summary',
  'lead',
  'order',
  'icon',
  'audiences',
  'keyPoints',
  'whyItMatters',
  'caseForEmployer',
  'related',
  'askEmployer',
  'lastReviewed',
  'reviewEveryMonths',
  'searchTerms',
  'questionsFirst',
  'questions',
  'draft',
];
const rank = (name: string) => (FILE_ORDER.includes(name) ? FILE_ORDER.indexOf(name) : FILE_ORDER.length);

function objectFields(path: string, node: JsonSchema, settings: CmsSettings): CmsField[] {
  const names = Object.keys(node.properties ?? {});
  if (!path) names.sort((a, b) => rank(a) - rank(b));
  const required = (name: string) => node.required?.includes(name) ?? false;
  return names.map((name) =>
    fieldFor(path ? `${path}.${name}` : name, node.properties?.[name] ?? {}, required(name), settings),
  );
}

/** The form's fields for a frontmatter schema, with the text below it as `body` when the file has one. */
function formFields(schema: z.ZodType, settings: CmsSettings, withBody: boolean, newEntry = false): CmsField[] {
  const fields = objectFields('', toJson(schema), settings).map((field) =>
    // A new page starts as a draft, kept out of the published site until an editor unticks it.
    field.name === 'draft' && newEntry ? { ...field, default: true } : field,
  );
  if (!withBody) return fields;
  return [
    ...fields,
    { name: 'body', label: CMS_STRINGS.bodyLabel, widget: 'text', required: false, hint: CMS_STRINGS.bodyHint },
  ];
}

/**
 * The editor's Git host backend for a repository address (REPOSITORY_URL):
 * GitHub, or GitLab, by their public addresses. Another host (the address
 * may be anything, for the "Edit this page" links) has none, and the built
 * editor then says it is not set up.
 */
export function repositoryBackend(
  repository: CmsSettings['repository'],
): { name: 'github' | 'gitlab'; repo: string; branch: string } | undefined {
  const match = /^https:\/\/(github\.com|gitlab\.com)\/([^/]+\/[^/]+?)(?:\.git)?\/?$/.exec(repository?.url ?? '');
  if (!repository || !match?.[1] || !match[2]) return undefined;
  return { name: match[1] === 'github.com' ? 'github' : 'gitlab', repo: match[2], branch: repository.branch };
}

/** Whether the editor can save anywhere: the local backend under `npm run edit`, or a known Git host. */
export function editorCanSave(settings: CmsSettings): boolean {
  return Boolean(settings.localBackendUrl ?? repositoryBackend(settings.repository));
}

/** The files of content/site/ in one format, as a Decap collection of files. */
function siteFiles(settings: CmsSettings, name: string, label: string, format: string) {
  const yaml = format === YAML_FORMAT;
  return {
    name,
    label,
    format,
    editor: { preview: false },
    delete: false,
    files: [
      ...(Object.keys(SITE_FILES) as SiteCollection[])
        .filter((collection) => SITE_FILES[collection].endsWith('.yaml') === yaml)
        .map((collection) => ({
          name: collection,
          label: SITE_FILE_LABELS[collection],
          file: `${settings.contentFolder}/site/${SITE_FILES[collection]}`,
          fields: formFields(SITE_FILE_SCHEMAS[collection], settings, !yaml),
        })),
      // The association's own file, with the YAML ones: saved, it makes the site the association's.
      ...(yaml
        ? [
            {
              name: 'association',
              label: CMS_STRINGS.association,
              file: `${settings.contentFolder}/${ASSOCIATION_FILE}`,
              fields: formFields(associationSchema, settings, false),
            },
          ]
        : []),
    ],
  };
}

/**
 * The whole configuration, as CMS.init({ config }) takes it. Decap's defaults stand where they fit: an
 * entry is named by its `title`, and a new page's file after it (`{{slug}}`).
 */
export function cmsConfig(settings: CmsSettings) {
  /** A folder of MDX pages; where editors may add pages (`create`), each new one starts as a draft. */
  const folder = (name: string, label: string, singular: string, schema: z.ZodType, create: boolean) => ({
    name,
    label,
    label_singular: singular,
    folder: `${settings.contentFolder}/${name}`,
    extension: 'mdx',
    format: MDX_FORMAT,
    editor: { preview: false },
    ...(create ? { create } : { delete: false }),
    fields: formFields(schema, settings, true, create),
  });
  return {
    load_config_file: false,
    backend: {
      // Under `npm run edit` Decap replaces the backend with its local one, whatever it is.
      ...(repositoryBackend(settings.repository) ?? { name: 'github', repo: 'owner/repository', branch: 'main' }),
      ...(settings.authUrl && { base_url: settings.authUrl }),
    },
    // Under `npm run edit`, the local backend writes straight into content/; in the built
    // site, every change becomes a pull request, which CI checks before it is published.
    ...(settings.localBackendUrl
      ? { local_backend: { url: settings.localBackendUrl }, publish_mode: 'simple' }
      : { publish_mode: 'editorial_workflow' }),
    // Required by Decap; the content has no images to upload (the content check refuses them).
    media_folder: 'public/images',
    public_folder: '/images',
    slug: { encoding: 'ascii', clean_accents: true },
    site_url: '/',
    collections: [
      folder('benefits', CMS_STRINGS.benefits, CMS_STRINGS.benefit, benefitSchema(z.string()), true),
      folder('pages', CMS_STRINGS.pages, CMS_STRINGS.page, pageSchema, true),
      // One page per audience, named after it: a new audience needs a developer (src/lib/content/audiences.ts).
      folder('roles', CMS_STRINGS.roles, CMS_STRINGS.role, roleSchema, false),
      // Decap takes one format a collection, so the site's pages and its two YAML files are two collections.
      siteFiles(settings, 'site', CMS_STRINGS.site, MDX_FORMAT),
      siteFiles(settings, 'siteWords', CMS_STRINGS.siteWords, YAML_FORMAT),
    ],
  };
}
