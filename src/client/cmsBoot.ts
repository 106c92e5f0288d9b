/*
 * Starts the browser editor on /admin/: loads Decap CMS's bundle from the
 * site (copied there by src/integrations/cmsAdmin.ts), registers the file
 * formats that keep files as they were (src/lib/cms/cmsFormat.ts), and hands
 * it the configuration the page carries as data.
 */
import { MDX_FORMAT, mdxFromFile, mdxToFile, YAML_FORMAT, yamlFromFile, yamlToFile } from '../lib/cms/cmsFormat.ts';

interface Format {
  fromFile(text: string): unknown;
  toFile(data: Record<string, unknown>): string;
}

declare global {
  interface Window {
    CMS_MANUAL_INIT?: boolean;
    CMS?: {
      init(options: { config: unknown }): void;
      registerCustomFormat(name: string, ext: string, format: Format): void;
    };
  }
}

/**
 * Decap's bundle: in the site's own folder, where src/integrations/cmsAdmin.ts puts it (EDITOR_PATH, then
 * decap/), under the base path. Never relative to `location`: a host that decodes `%2F` (nginx does) serves
 * this page at crafted paths too, and the folder of such a path is one of the crafter's choosing.
 */
const EDITOR_CODE = `${import.meta.env.BASE_URL}admin/decap/decap-cms.js`;

async function boot(): Promise<void> {
  // No configuration: the editor is not set up for the built site, and the page says so.
  const configText = document.getElementById('cms-config')?.textContent;
  if (!configText) return;
  window.CMS_MANUAL_INIT = true;
  const script = Object.assign(document.createElement('script'), { src: EDITOR_CODE });
  await new Promise((resolve, reject) => {
    script.onload = resolve;
    script.onerror = () => reject(new Error(`The editor could not load ${EDITOR_CODE}`));
    document.head.append(script);
  });
  const cms = window.CMS;
  if (!cms) throw new Error('The editor did not start');
  cms.registerCustomFormat(MDX_FORMAT, 'mdx', { fromFile: mdxFromFile, toFile: mdxToFile });
  cms.registerCustomFormat(YAML_FORMAT, 'yaml', { fromFile: yamlFromFile, toFile: yamlToFile });
  cms.init({ config: JSON.parse(configText) as unknown });
}

void boot();
