/**
 * `npm run new:benefit -- "Title"`: starts a new benefit page as a draft in
 * content/benefits/, named after the title. Refuses a title whose page (or
 * title) already exists.
 */
import { readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { readFrontmatter } from '../src/lib/contentChecks/readFrontmatter.ts';
import { newBenefitFile, slugFor } from './newBenefit/newBenefitFile.ts';
import { CONTENT_DIR } from '../src/lib/site/contentDir.ts';

const folder = join(CONTENT_DIR, 'benefits');
const title = process.argv.slice(2).join(' ').trim();

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

if (title.length < 3 || title.length > 70) {
  fail('Give the new page a title of 3 to 70 characters, in quotes: npm run new:benefit -- "Attend workshops"');
}
const slug = slugFor(title);
if (!slug) fail(`"${title}" has no letters or numbers to name the file after. Choose another title.`);

const existing = (await readdir(folder)).filter((name) => /\.mdx?$/.test(name));
const clash = existing.find((name) => name.replace(/\.mdx?$/, '').replace(/^_/, '') === slug);
if (clash) fail(`There is already a page for that: ${join(folder, clash)}. Edit it, or choose another title.`);
for (const name of existing) {
  const read = readFrontmatter(await readFile(join(folder, name), 'utf8'));
  const existingTitle = 'data' in read ? (typeof read.data['title'] === 'string' ? read.data['title'] : '') : '';
  if (existingTitle.trim().toLowerCase() === title.toLowerCase()) {
    fail(`${join(folder, name)} already has the title "${existingTitle}". Choose another title.`);
  }
}

const file = join(folder, `${slug}.mdx`);
await writeFile(file, newBenefitFile(title, new Date()), { flag: 'wx' });
console.log(`Created ${file} as a draft.`);
console.log('Run npm run dev to see it (marked "Draft"), fill in every placeholder, then set draft: false.');
