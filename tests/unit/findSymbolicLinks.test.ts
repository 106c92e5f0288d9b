import { cp, mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { findSymbolicLinks, readFolder } from '../../src/lib/contentChecks/findSymbolicLinks.ts';

let root: string;
beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'symbolic-links-'));
});
afterAll(() => rm(root, { recursive: true, force: true }));

const message = (path: string, target: string) =>
  `${path} is a symbolic link (to ${target}): the build never follows a link, because it would publish whatever the link points to, even a file outside the site. Delete the link and copy the real file in instead`;

describe('findSymbolicLinks', () => {
  test('names each link in a copy of the content folder, and where it points, without following any', async () => {
    const content = join(root, 'content');
    await cp('content', content, { recursive: true });
    const outside = join(root, 'outside');
    await mkdir(join(outside, 'more'), { recursive: true });
    await writeFile(join(outside, 'secret.mdx'), '---\ntitle: Secret\n---\n');
    await writeFile(join(outside, 'more', 'hidden.mdx'), 'never listed');
    await symlink(join(outside, 'secret.mdx'), join(content, 'benefits', 'leak.mdx'));
    await symlink('/etc/passwd', join(content, 'pages', 'passwd.md'));
    await symlink(join(outside, 'more'), join(content, 'roles', 'more'));
    // Loops: a file link to itself, and a folder link to the folder above, which a walk that follows links never leaves.
    await symlink('self.mdx', join(content, 'benefits', 'self.mdx'));
    await symlink('..', join(content, 'site', 'up'));
    expect(await findSymbolicLinks(content)).toEqual([
      message(join(content, 'benefits', 'leak.mdx'), join(outside, 'secret.mdx')),
      message(join(content, 'benefits', 'self.mdx'), 'self.mdx'),
      message(join(content, 'pages', 'passwd.md'), '/etc/passwd'),
      message(join(content, 'roles', 'more'), join(outside, 'more')),
      message(join(content, 'site', 'up'), '..'),
    ]);
    const { files, links } = await readFolder(content);
    expect(files.some((file) => file.includes('hidden.mdx') || file.includes('secret.mdx'))).toBe(false);
    expect(links).toHaveLength(5);
  });

  test('is empty for the real content folder, and for a folder that does not exist', async () => {
    expect(await findSymbolicLinks('content')).toEqual([]);
    expect(await findSymbolicLinks(join(root, 'missing'))).toEqual([]);
  });

  test('names the folder itself when it is a link', async () => {
    await mkdir(join(root, 'real'));
    await symlink(join(root, 'real'), join(root, 'linked'));
    expect(await findSymbolicLinks(join(root, 'linked'))).toEqual([message(join(root, 'linked'), join(root, 'real'))]);
  });
});
