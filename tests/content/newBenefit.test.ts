import { spawnSync } from 'node:child_process';
import { cp, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';

let workDir: string;

beforeAll(async () => {
  workDir = await mkdtemp(join(tmpdir(), 'new-benefit-'));
  await cp('content', join(workDir, 'content'), { recursive: true });
});

afterAll(async () => {
  await rm(workDir, { recursive: true, force: true });
});

const scaffold = (...args: string[]) =>
  spawnSync(process.execPath, ['scripts/newBenefit.ts', ...args], {
    env: { ...process.env, CONTENT_DIR: join(workDir, 'content') },
    encoding: 'utf8',
  });

test('creates a draft named after the title', async () => {
  const result = scaffold('Attend workshops');
  expect(result.status, result.stderr).toBe(0);
  expect(result.stdout).toContain('attend-workshops.mdx as a draft');
  const source = await readFile(join(workDir, 'content', 'benefits', 'attend-workshops.mdx'), 'utf8');
  expect(source).toContain('title: "Attend workshops"');
  expect(source).toContain('draft: true');
});

test.each([
  ['a title whose file exists', ['Attend', 'workshops'], /already a page for that/],
  ['a title another page uses', ['Get training'], /already has the title "Get training"/],
  ['no title', [], /Give the new page a title/],
])('refuses %s', (_label, args, message) => {
  const result = scaffold(...args);
  expect(result.status).toBe(1);
  expect(result.stderr).toMatch(message);
});
