/**
 * `npm run example`: builds the made-up example association's site
 * (examples/example-valley/) from a copy of content/ and public/ with its
 * files added, as an association's repository would hold them, and serves it
 * at http://localhost:4321. content/ and public/ are left as they are.
 */
import { execFileSync } from 'node:child_process';
import { cp, rm } from 'node:fs/promises';
import { join } from 'node:path';

const example = 'examples/example-valley';
const copy = 'node_modules/.cache/example-association';
await rm(copy, { recursive: true, force: true });
await cp('content', join(copy, 'content'), { recursive: true });
await cp('public', join(copy, 'public'), { recursive: true });
await cp(join(example, 'site'), join(copy, 'content', 'site'), { recursive: true });
await cp(join(example, 'events'), join(copy, 'content', 'events'), { recursive: true }).catch(() => undefined);
await cp(join(example, 'images'), join(copy, 'public', 'images'), { recursive: true });

const env = { ...process.env, CONTENT_DIR: join(copy, 'content'), PUBLIC_DIR: join(copy, 'public') };
const astro = (...args: string[]) => execFileSync('npm', ['exec', '--', 'astro', ...args], { env, stdio: 'inherit' });
astro('build', '--force', '--outDir', join(copy, 'dist'));
astro('preview', '--outDir', join(copy, 'dist'));
