/**
 * `npm run bench -- [--pages 1000] [--runs 3] [--lighthouse] [--keep]`: this site's build against two other
 * sites with search (bench/comparedSites.ts), all building the same synthetic pages in a temporary folder.
 * Each run builds the three cold (no cache folder), then warm (the cache of the build before), so a machine
 * that slows down slows all alike. Prints Markdown tables of the medians for docs/performance.md.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, readdir, readFile, rm, stat } from 'node:fs/promises';
import { cpus, tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { formatBuildTable, formatPageBytes, formatRatioTable, type Build } from './bench/benchReport.ts';
import * as compared from './bench/comparedSites.ts';
import { lighthouseScores } from './bench/lighthouseScores.ts';
import { syntheticBenefits, writeSyntheticContent } from './bench/syntheticBenefits.ts';

const { values: options } = parseArgs({
  options: {
    pages: { type: 'string', default: '1000' },
    runs: { type: 'string', default: '3' },
    lighthouse: { type: 'boolean', default: false },
    keep: { type: 'boolean', default: false },
  },
});
const [pages, runs] = [Number(options.pages), Number(options.runs)];
if (![pages, runs].every((number) => Number.isInteger(number) && number > 0))
  throw new Error('--pages and --runs take whole numbers of 1 or more.');
// GNU time gives a build's CPU time and the peak memory of its largest process for free; polling /proc
// for them cost enough CPU on two cores to slow the build it measured.
const TIME = '/usr/bin/time';
if (!existsSync(TIME)) throw new Error(`The bench needs GNU time (Debian's "time" package) at ${TIME}.`);

const [node, astro] = [process.execPath, resolve('node_modules/astro/bin/astro.mjs')];
// npm's own variables are no part of an editor's build.
const buildEnv = Object.fromEntries(Object.entries(process.env).filter(([name]) => !name.startsWith('npm_')));

function timedBuild(cwd: string, command: string[], env: Record<string, string> = {}): Build {
  const started = performance.now();
  const run = spawnSync(TIME, ['-v', ...command], {
    cwd,
    env: { ...buildEnv, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', ...env },
    encoding: 'utf8',
    maxBuffer: 1024 ** 3,
  });
  const wallMs = performance.now() - started;
  const output = `${run.stdout}${run.stderr}`;
  if (run.status !== 0) throw new Error(`${command.join(' ')} failed in ${cwd}:\n${output.slice(-4000)}`);
  const figure = (label: string) => Number(output.split(`\t${label}: `)[1]?.split('\n')[0]);
  return {
    wallMs,
    cpuMs: (figure('User time (seconds)') + figure('System time (seconds)')) * 1000,
    peakRssBytes: figure('Maximum resident set size (kbytes)') * 1024,
  };
}

async function filesIn(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries.filter((entry) => entry.isFile()).map((entry) => join(entry.parentPath, entry.name));
}

type PagefindEntry = { languages: Record<string, { page_count: number }> };

const workDir = await mkdtemp(join(tmpdir(), 'library-bench-'));
const [contentDir, siteDist] = [join(workDir, 'content'), join(workDir, 'site-dist')];
const [bareDir, starlightDir] = [join(workDir, 'bare'), join(workDir, 'starlight')];
// Reused from one run to the next: the first install takes a minute.
const starlightInstall = join(tmpdir(), 'library-bench-starlight');
function system(name: string, dist: string, cacheDir: string, build: () => Build) {
  return { name, dist, cacheDir, build, cold: [] as Build[], warm: [] as Build[], distBytes: 0, distFiles: 0 };
}
const systems = [
  // astro.config.mjs gives content other than content/ a cache folder inside it.
  system('this site', siteDist, join(contentDir, '.astro-cache'), () =>
    timedBuild('.', [node, astro, 'build', '--force', '--outDir', siteDist], { CONTENT_DIR: contentDir }),
  ),
  // One command, so its times are both steps'; the CLI starts when Astro has ended, so its peak is the larger.
  system('bare Astro + Pagefind', join(bareDir, 'dist'), join(bareDir, '.astro-cache'), () => {
    const pagefind = resolve('node_modules/pagefind/lib/runner/bin.cjs');
    return timedBuild(bareDir, ['sh', '-c', '"$0" "$1" build --force && "$0" "$2" --site dist', node, astro, pagefind]);
  }),
  system('Starlight', join(starlightDir, 'dist'), join(starlightDir, '.astro-cache'), () =>
    timedBuild(starlightDir, [node, 'node_modules/astro/bin/astro.mjs', 'build', '--force']),
  ),
];

try {
  const benefits = syntheticBenefits(pages);
  await writeSyntheticContent(contentDir, benefits);
  await compared.writeBareProject(bareDir, join(contentDir, 'benefits'));
  await compared.writeStarlightProject(starlightDir, starlightInstall, benefits);
  console.log(`${pages} synthetic pages in ${workDir}; ${runs} run(s) of a cold and a warm build of each site.`);
  for (let run = 1; run <= runs; run++) {
    for (const temperature of ['cold', 'warm'] as const) {
      for (const each of systems) {
        if (temperature === 'cold') await rm(each.cacheDir, { recursive: true, force: true });
        const build = each.build();
        each[temperature].push(build);
        const [wall, cpu] = [build.wallMs, build.cpuMs].map((ms) => (ms / 1000).toFixed(1));
        console.log(`run ${run}, ${temperature}, ${each.name}: ${wall} s, CPU ${cpu} s`);
      }
    }
  }
  for (const each of systems) {
    // Each must be a site with search of every page, or the comparison is not fair.
    const entry = join(each.dist, 'pagefind', 'pagefind-entry.json');
    const index = existsSync(entry) ? (JSON.parse(readFileSync(entry, 'utf8')) as PagefindEntry) : { languages: {} };
    const indexed = Object.values(index.languages).reduce((total, language) => total + language.page_count, 0);
    if (indexed < pages) throw new Error(`${each.name} indexed ${indexed} of the ${pages} pages (${each.dist})`);
    const files = await filesIn(each.dist);
    each.distFiles = files.length;
    for (const file of files) each.distBytes += (await stat(file)).size;
  }
  const siteFiles = await filesIn(siteDist);
  const gzipBytes = async (file: string) => gzipSync(await readFile(file)).length;
  const htmlPages = [];
  for (const file of siteFiles.filter((name) => name.endsWith('.html')))
    htmlPages.push({ path: `/${relative(siteDist, file)}`, gzipBytes: await gzipBytes(file) });
  let cssGzipBytes = 0;
  for (const file of siteFiles.filter((name) => name.endsWith('.css'))) cssGzipBytes += await gzipBytes(file);

  const machine = `${cpus()[0]?.model ?? 'unknown CPU'} (${cpus().length} cores), Node ${process.version}`;
  const versions = `Astro ${compared.installedVersion('astro')}, Pagefind ${compared.installedVersion('pagefind')}, Starlight ${compared.STARLIGHT_VERSION}`;
  console.log(`\n${new Date().toISOString().slice(0, 10)}, ${machine}, ${versions}; medians of ${runs} run(s):\n`);
  console.log(`${formatBuildTable(pages, systems)}\n\n${formatRatioTable(systems)}\n`);
  console.log(formatPageBytes(htmlPages, cssGzipBytes));
  if (options.lighthouse) {
    console.log('\nBuilding the real content for Lighthouse (mobile preset)…\n');
    timedBuild('.', [node, astro, 'build', '--force', '--outDir', join(workDir, 'real-dist')]);
    console.log(await lighthouseScores(join(workDir, 'real-dist')));
  }
} finally {
  if (options.keep) console.log(`\nKept ${workDir}`);
  else await rm(workDir, { recursive: true, force: true });
}
