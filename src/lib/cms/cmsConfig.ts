import { z } from 'astro/zod';
import { AUDIENCE_IDS, AUDIENCE_LABELS } from '../content/audiences.ts';
import { benefitSchema, pageSchema, roleSchema } from '../content/contentSchemas.ts';
import { SITE_FILE_SCHEMAS, SITE_FILES, type SiteCollection } from '../content/siteTextSchemas.ts';
import { CMS_FIELD_TEXT, CMS_STRINGS } from './cmsFieldText.ts';
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
  summary?: string;
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

/** The limits of a text field in words, for its hint and its message. */
function lengthRule(node: JsonSchema): string {
  return `${node.minLength ?? 0} to ${node.maxLength ?? 'any number of'} characters${multiLine(node) ? '' : ', on one line'}`;
}

/** The site's one-line texts are at most a few hundred characters; only the letter runs to thousands, over many lines. */
const multiLine = (node: JsonSchema) => (node.maxLength ?? 0) >= 1000;

/** A string with a date pattern, or Zod's date-or-text union. */
function datePattern(node: JsonSchema): string | undefined {
  if (node.format === 'date' && node.pattern) return node.pattern;
  return node.anyOf?.map(datePattern).find(Boolean);
}

function textField(name: string, label: string, node: JsonSchema, hint: string | undefined): CmsField {
  const rule = lengthRule(node);
  const long = (node.maxLength ?? 0) > 120;
  const min = node.minLength ?? 0;
  const max = node.maxLength ?? '';
  return {
    name,
    label,
    widget: long ? 'text' : 'string',
    hint: [hint, `${rule}.`].filter(Boolean).join(' '),
    // The schema trims the text before counting, as the pattern does here.
    pattern: [
      multiLine(node) ? `^[\\s\\S]{${min},${max}}$` : `^\\s*[^\\r\\n]{${min},${max}}\\s*$`,
      `write ${rule} (the build refuses anything else)`,
    ],
  };
}

interface Context {
  settings: CmsSettings;
  /** Labels and hints for this collection's fields, by path such as `whyItMatters` or `footer.about`. */
  text: Record<string, { label: string; hint?: string }>;
}

/** One field of the form for one property of the schema. */
function fieldFor(path: string, node: JsonSchema, required: boolean, context: Context): CmsField {
  const name = path.split('.').pop() ?? path;
  // A label by name is for top-level fields (and the question and answer of each question); a nested
  // field such as the footer's `text` is labelled by its path or its own name, never another field's help.
  const byName = !path.includes('.') || path.startsWith('questions.');
  const given = context.text[path] ?? (byName ? context.text[name] : undefined);
  const label = given?.label ?? humanize(name);
  const hint = given?.hint;
  // What every field has; a field with more to say in its hint replaces the hint after this.
  const optional = required ? {} : { required: false as const };
  const base = { name, label, ...(hint && { hint }), ...optional };
  const date = datePattern(node);
  if (date) {
    return {
      ...base,
      widget: 'datetime',
      format: 'YYYY-MM-DD',
      date_format: 'YYYY-MM-DD',
      time_format: false,
      picker_utc: true,
      hint: [hint, 'A real date, YYYY-MM-DD.'].filter(Boolean).join(' '),
      pattern: [date, 'use a real date, written YYYY-MM-DD, for example 2026-11-28'],
    };
  }
  if (name === 'related') {
    const ids = context.settings.benefitIds.map(escapeRegex).join('|');
    return {
      ...base,
      widget: 'relation',
      collection: 'benefits',
      value_field: '{{slug}}',
      search_fields: ['title'],
      display_fields: ['title'],
      multiple: true,
      ...(node.maxItems !== undefined && { max: node.maxItems }),
      // The list is checked joined with commas: every entry must be an existing benefit.
      pattern: [`^(?:(?:${ids})(?:,(?:${ids}))*)?$`, CMS_STRINGS.unknownBenefit],
    };
  }
  if (name === 'whyItMatters') {
    // A record keyed by audience: one text per audience, each optional (the build checks they match `audiences`).
    const value = typeof node.additionalProperties === 'object' ? node.additionalProperties : { type: 'string' };
    return {
      ...base,
      widget: 'object',
      fields: AUDIENCE_IDS.map((id) =>
        fieldFor(`${path}.${id}`, value, false, {
          ...context,
          text: { ...context.text, [`${path}.${id}`]: { label: AUDIENCE_LABELS[id] } },
        }),
      ),
    };
  }
  if (node.type === 'string' && node.enum) {
    return {
      ...base,
      widget: 'select',
      options: node.enum.map((value) => ({ label: optionLabel(name, value), value })),
    };
  }
  if (node.type === 'string') return { ...textField(name, label, node, hint), ...optional };
  if (node.type === 'integer' || node.type === 'number') {
    return {
      ...base,
      widget: 'number',
      ...(node.type === 'integer' && { value_type: 'int' as const }),
      ...(node.minimum !== undefined && { min: node.minimum }),
      ...(node.maximum !== undefined && node.maximum < Number.MAX_SAFE_INTEGER && { max: node.maximum }),
      hint:
        [hint, node.default !== undefined ? `Left empty: ${JSON.stringify(node.default)}.` : '']
          .filter(Boolean)
          .join(' ') || undefined,
    } as CmsField;
  }
  if (node.type === 'boolean') return { ...base, widget: 'boolean', required: false };
  const bounds = {
    ...(node.minItems !== undefined && { min: node.minItems }),
    ...(node.maxItems !== undefined && { max: node.maxItems }),
  };
  if (node.type === 'array' && node.items?.enum) {
    return {
      ...base,
      widget: 'select',
      multiple: true,
      options: node.items.enum.map((value) => ({ label: optionLabel(name, value), value })),
      ...bounds,
    };
  }
  if (node.type === 'array' && node.items?.type === 'object') {
    return { ...base, widget: 'list', collapsed: false, ...bounds, fields: objectFields(path, node.items, context) };
  }
  if (node.type === 'array' && node.items) {
    return {
      ...base,
      widget: 'list',
      collapsed: false,
      ...bounds,
      field: fieldFor(`${path}.item`, node.items, true, {
        ...context,
        text: { ...context.text, [`${path}.item`]: { label: given?.label ?? label } },
      }),
    };
  }
  if (node.type === 'object' && node.properties) {
    return { ...base, widget: 'object', collapsed: false, fields: objectFields(path, node, context) };
  }
  throw new Error(`The editor has no field for ${path}: add one in src/lib/cms/cmsConfig.ts`);
}

function optionLabel(field: string, value: string): string {
  if (field === 'audiences') return AUDIENCE_LABELS[value as keyof typeof AUDIENCE_LABELS] ?? value;
  return humanize(value);
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

function objectFields(path: string, node: JsonSchema, context: Context): CmsField[] {
  const names = Object.keys(node.properties ?? {});
  const rank = (name: string) => (FILE_ORDER.includes(name) ? FILE_ORDER.indexOf(name) : FILE_ORDER.length);
  const ordered = path === '' ? [...names].sort((a, b) => rank(a) - rank(b)) : names;
  return ordered.map((name) =>
    fieldFor(
      path ? `${path}.${name}` : name,
      node.properties?.[name] ?? {},
      node.required?.includes(name) ?? false,
      context,
    ),
  );
}

/** The form's fields for a frontmatter schema, with the text below it as `body` when the file has one. */
function formFields(schema: z.ZodType, settings: CmsSettings, withBody: boolean, newEntry = false): CmsField[] {
  const fields = objectFields('', toJson(schema), { settings, text: CMS_FIELD_TEXT });
  const withDraft = fields.map((field) =>
    // A new page starts as a draft, kept out of the published site until an editor unticks it.
    field.name === 'draft' && newEntry ? { ...field, default: true } : field,
  );
  return withBody ? [...withDraft, bodyField()] : withDraft;
}

function bodyField(): CmsField {
  return { name: 'body', label: CMS_STRINGS.bodyLabel, widget: 'text', required: false, hint: CMS_STRINGS.bodyHint };
}

const SITE_FILE_LABELS: Record<SiteCollection, string> = {
  home: 'Home page',
  benefitList: 'Benefits from A to Z',
  searchPage: 'Search page',
  notFound: 'Page not found',
  valuePage: 'Value calculator page',
  letterPage: 'Letter to your employer page',
  siteText: 'Words on many pages',
  letter: 'The letter to an employer',
};

/**
 * The editor's Git host backend for a repository address (REPOSITORY_URL):
 * GitHub, or GitLab, by their public addresses. Another host (the address
 * may be anything, for the "Edit this page" links) has none, and the built
 * editor then says it is not set up.
 */
export function repositoryBackend(
  url: string,
  branch: string,
): { name: 'github' | 'gitlab'; repo: string; branch: string } | undefined {
  const match = /^https:\/\/(github\.com|gitlab\.com)\/([^/]+\/[^/]+?)(?:\.git)?\/?$/.exec(url);
  if (!match?.[1] || !match[2]) return undefined;
  return { name: match[1] === 'github.com' ? 'github' : 'gitlab', repo: match[2], branch };
}

/** Whether the editor can save anywhere: the local backend under `npm run edit`, or a known Git host. */
export function editorCanSave(settings: CmsSettings): boolean {
  return Boolean(
    settings.localBackendUrl ??
    (settings.repository && repositoryBackend(settings.repository.url, settings.repository.branch)),
  );
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
    files: (Object.keys(SITE_FILES) as SiteCollection[])
      .filter((collection) => SITE_FILES[collection].endsWith('.yaml') === yaml)
      .map((collection) => ({
        name: collection,
        label: SITE_FILE_LABELS[collection],
        file: `${settings.contentFolder}/site/${SITE_FILES[collection]}`,
        fields: formFields(SITE_FILE_SCHEMAS[collection], settings, !yaml),
      })),
  };
}
/** The whole configuration, as CMS.init({ config }) takes it. */
export function cmsConfig(settings: CmsSettings) {
  const folder = (name: string) => `${settings.contentFolder}/${name}`;
  const common = {
    extension: 'mdx',
    format: MDX_FORMAT,
    identifier_field: 'title',
    summary: '{{title}}',
    editor: { preview: false },
  };
  const benefitFields = formFields(benefitSchema(z.string()), settings, true, true);
  return {
    load_config_file: false,
    backend: {
      // Under `npm run edit` Decap replaces the backend with its local one, whatever it is.
      ...((settings.repository && repositoryBackend(settings.repository.url, settings.repository.branch)) ?? {
        name: 'github',
        repo: 'owner/repository',
        branch: 'main',
      }),
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
      {
        ...common,
        name: 'benefits',
        label: CMS_STRINGS.benefits,
        label_singular: CMS_STRINGS.benefit,
        folder: folder('benefits'),
        create: true,
        slug: '{{slug}}',
        fields: benefitFields,
      },
      {
        ...common,
        name: 'pages',
        label: CMS_STRINGS.pages,
        label_singular: CMS_STRINGS.page,
        folder: folder('pages'),
        create: true,
        slug: '{{slug}}',
        fields: formFields(pageSchema, settings, true, true),
      },
      {
        ...common,
        name: 'roles',
        label: CMS_STRINGS.roles,
        label_singular: CMS_STRINGS.role,
        folder: folder('roles'),
        // One page per audience, named after it: a new audience needs a developer (src/lib/content/audiences.ts).
        create: false,
        delete: false,
        fields: formFields(roleSchema, settings, true),
      },
      // Decap takes one format a collection, so the site's pages and its two YAML files are two collections.
      siteFiles(settings, 'site', CMS_STRINGS.site, MDX_FORMAT),
      siteFiles(settings, 'siteWords', CMS_STRINGS.siteWords, YAML_FORMAT),
    ],
  };
}
