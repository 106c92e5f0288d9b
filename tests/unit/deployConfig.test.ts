import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, test } from 'vitest';

const yaml = (path: string) => parse(readFileSync(path, 'utf8')) as Record<string, unknown>;

interface Job {
  permissions?: Record<string, string>;
  steps: { run?: string }[];
}

describe('the pull-request check', () => {
  const workflow = yaml('.github/workflows/checks.yml') as {
    on: Record<string, unknown>;
    permissions: Record<string, string>;
    jobs: Record<string, Job>;
  };

  test('runs the same CI script as every other machine on each pull request, with read access only', () => {
    expect(Object.keys(workflow.on)).toContain('pull_request');
    expect(workflow.permissions).toEqual({ contents: 'read' });
    expect((workflow.jobs['ci']?.steps ?? []).map((step) => step.run).filter(Boolean)).toEqual(['bash .ci/run']);
  });
});

describe('the GitHub Pages workflow', () => {
  const workflow = yaml('.github/workflows/deploy-pages.yml') as {
    permissions: Record<string, string>;
    jobs: Record<string, Job>;
  };

  test('gives write access to the deploy job only, not to the build that runs npm packages', () => {
    expect(workflow.permissions).toEqual({ contents: 'read' });
    expect(workflow.jobs['build']?.permissions).toBeUndefined();
    expect(workflow.jobs['deploy']?.permissions).toEqual({ pages: 'write', 'id-token': 'write' });
  });
});

test.each(['.github/workflows/checks.yml', '.github/workflows/deploy-pages.yml'])(
  '%s pins every action to a full commit, with its release in a comment',
  (file) => {
    const uses = [...readFileSync(file, 'utf8').matchAll(/^\s*(?:- )?uses: (.*)$/gm)].map((match) => match[1]);
    expect(uses.length).toBeGreaterThan(0);
    for (const use of uses) expect(use).toMatch(/^[\w-]+\/[\w-]+@[0-9a-f]{40} # v\d+\.\d+\.\d+$/);
  },
);

describe('the shipped nginx server blocks', () => {
  const config = readFileSync('deploy/nginx/library-benefits.conf', 'utf8');
  const blocks = [...config.matchAll(/^server \{\n([\s\S]*?)^\}/gm)].map((match) => match[1] ?? '');
  const directive = (block: string, name: string) =>
    [...block.matchAll(new RegExp(`^\\s*${name} ([^;]*);`, 'gm'))].map((match) => match[1]);
  const https = blocks.find((block) => /listen 443 ssl/.test(block)) ?? '';
  const plain = blocks.find((block) => /listen 80;/.test(block)) ?? '';

  test('HTTPS follows Mozilla\'s "intermediate" profile: TLS 1.2 and 1.3, only forward-secret AEAD ciphers', () => {
    expect(directive(https, 'ssl_protocols')).toEqual(['TLSv1.2 TLSv1.3']);
    const ciphers = directive(https, 'ssl_ciphers')[0]?.split(':') ?? [];
    expect(ciphers.length).toBeGreaterThan(0);
    for (const cipher of ciphers) {
      expect(cipher).toMatch(/^ECDHE-(ECDSA|RSA)-(AES(128|256)-GCM-SHA(256|384)|CHACHA20-POLY1305)$/);
    }
    expect(directive(https, 'ssl_prefer_server_ciphers')).toEqual(['off']);
    expect(directive(https, 'ssl_session_tickets')).toEqual(['off']);
    expect(directive(https, 'ssl_session_timeout')).toEqual(['1d']);
    expect(directive(https, 'ssl_session_cache')[0]).toMatch(/^shared:\w+:10m$/);
  });

  test('plain HTTP shows no version and redirects to the configured name, never the Host sent', () => {
    expect(directive(plain, 'server_tokens')).toEqual(['off']);
    expect(directive(plain, 'return')).toEqual(['301 https://$server_name$request_uri']);
    expect(config).not.toContain('$host');
  });
});

describe('CODEOWNERS', () => {
  const rules = readFileSync('.github/CODEOWNERS', 'utf8')
    .split('\n')
    .filter((line) => line.trim() && !line.startsWith('#'))
    .map((line) => line.trim().split(/\s+/));

  test('asks for a review of content, the workflows and itself, each from a team', () => {
    expect(rules.map(([path]) => path)).toEqual(['/content/', '/.github/workflows/', '/.github/CODEOWNERS']);
    for (const [, ...owners] of rules) {
      expect(owners.length).toBeGreaterThan(0);
      for (const owner of owners) expect(owner).toMatch(/^@[\w-]+\/[\w-]+$/);
    }
  });
});
