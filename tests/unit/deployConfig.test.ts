import { readFileSync } from 'node:fs';
import { load } from 'js-yaml';
import { describe, expect, test } from 'vitest';

const yaml = (path: string) => load(readFileSync(path, 'utf8')) as Record<string, unknown>;

interface Step {
  uses?: string;
  run?: string;
  id?: string;
  with?: Record<string, string>;
  env?: Record<string, string>;
}
interface Job {
  needs?: string;
  steps: Step[];
}

describe('the GitHub Pages workflow', () => {
  const workflow = yaml('.github/workflows/deploy-pages.yml') as {
    permissions: Record<string, string>;
    jobs: Record<string, Job>;
  };

  test('is valid YAML with a build job and a deploy job after it', () => {
    expect(Object.keys(workflow.jobs)).toEqual(['build', 'deploy']);
    expect(workflow.jobs['deploy']?.needs).toBe('build');
    expect(workflow.permissions).toEqual({ contents: 'read', pages: 'write', 'id-token': 'write' });
  });

  test('installs with npm ci, builds for the Pages address and folder, and uploads dist/', () => {
    const steps = workflow.jobs['build']?.steps ?? [];
    expect(steps.map((step) => step.run).filter(Boolean)).toEqual(['npm ci', 'npm run build']);
    const build = steps.find((step) => step.run === 'npm run build');
    expect(build?.env?.['BASE_PATH']).toBe('${{ steps.pages.outputs.base_path }}/');
    expect(build?.env?.['SITE_URL']).toBe('${{ steps.pages.outputs.origin }}/');
    expect(steps.find((step) => step.uses?.startsWith('actions/configure-pages@'))?.id).toBe('pages');
    expect(steps.find((step) => step.uses?.startsWith('actions/upload-pages-artifact@'))?.with?.['path']).toBe('dist');
    expect(steps.find((step) => step.uses?.startsWith('actions/setup-node@'))?.with?.['node-version-file']).toBe(
      '.nvmrc',
    );
  });
});

describe('dependency updates', () => {
  test('Dependabot groups Astro and its integrations into one update', () => {
    const config = yaml('.github/dependabot.yml') as {
      updates: { 'package-ecosystem': string; groups?: Record<string, { patterns: string[] }> }[];
    };
    const npm = config.updates.find((update) => update['package-ecosystem'] === 'npm');
    expect(npm?.groups?.['astro']?.patterns).toEqual(['astro', '@astrojs/*']);
  });
});
