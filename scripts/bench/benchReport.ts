/** The benchmark's arithmetic and Markdown tables: pure functions, which the unit tests check without a build. */

/** One timed build: wall time, CPU time of all its processes, and its largest process's peak resident memory. */
export interface Build {
  wallMs: number;
  cpuMs: number;
  peakRssBytes: number;
}

/** One site's cold builds (without its cache folder), warm builds (with it), and what it wrote. */
export interface SystemBuilds {
  name: string;
  cold: Build[];
  warm: Build[];
  distBytes: number;
  distFiles: number;
}

/** The middle value (the mean of the two middle ones for an even count). */
export function median(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  const upper = sorted[middle] as number;
  return sorted.length % 2 === 1 ? upper : ((sorted[middle - 1] as number) + upper) / 2;
}

/** A Markdown table; a pipe in a cell is escaped, so any text is safe in it. */
export function markdownTable(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const line = (cells: readonly string[]) => `| ${cells.map((cell) => cell.replaceAll('|', '\\|')).join(' | ')} |`;
  return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n');
}

/** Medians of the cold and of the warm builds; peak memory is the highest of them all, which is what a machine must have. */
export function summarise({ cold, warm }: Pick<SystemBuilds, 'cold' | 'warm'>) {
  return {
    coldMs: median(cold.map((build) => build.wallMs)),
    warmMs: median(warm.map((build) => build.wallMs)),
    coldCpuMs: median(cold.map((build) => build.cpuMs)),
    warmCpuMs: median(warm.map((build) => build.cpuMs)),
    peakRssBytes: Math.max(...[...cold, ...warm].map((build) => build.peakRssBytes)),
  };
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const megabytes = (bytes: number) => `${Math.round(bytes / 1024 ** 2)} MB`;
const kilobytes = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

/** The figures each table gives a site, in order, with their column names. */
const MEASURES = [
  ['coldMs', 'cold build'],
  ['warmMs', 'warm build'],
  ['peakRssBytes', 'peak RSS'],
  ['coldCpuMs', 'cold CPU'],
  ['warmCpuMs', 'warm CPU'],
] as const;

/** A row per site: its medians and peak memory, and what it wrote. */
export function formatBuildTable(pages: number, systems: readonly SystemBuilds[]): string {
  const rows = systems.map((system) => {
    const summary = summarise(system);
    const figures = MEASURES.map(([key]) => (key === 'peakRssBytes' ? megabytes : seconds)(summary[key]));
    const written = `${megabytes(system.distBytes)}, ${system.distFiles.toLocaleString('en')} files`;
    return [pages.toLocaleString('en'), system.name, String(system.cold.length), ...figures, written];
  });
  return markdownTable(['pages', 'system', 'runs', ...MEASURES.map(([, name]) => name), 'dist/'], rows);
}

/** The first site (this one) as a multiple of each of the others: below 1× it is faster or smaller. */
export function formatRatioTable(systems: readonly SystemBuilds[]): string {
  const [site, ...others] = systems.map((system) => ({ name: system.name, ...summarise(system) }));
  const rows = others.map((other) => [
    `${site?.name} ÷ ${other.name}`,
    ...MEASURES.map(([key]) => `${((site?.[key] ?? Number.NaN) / other[key]).toFixed(2)}×`),
  ]);
  return markdownTable(['', ...MEASURES.map(([, name]) => name)], rows);
}

/** The site's pages as a host sends them (gzip): the median page, the largest by its address, and all its CSS. */
export function formatPageBytes(pages: readonly { path: string; gzipBytes: number }[], cssGzipBytes: number): string {
  const largest = pages.reduce((a, b) => (b.gzipBytes > a.gzipBytes ? b : a), { path: '', gzipBytes: 0 });
  const middle = kilobytes(median(pages.map((page) => page.gzipBytes)));
  const address = largest.path.replace(/index\.html$/, '');
  return `This site's HTML, gzip: median ${middle}, largest ${kilobytes(largest.gzipBytes)} (${address}); all CSS ${kilobytes(cssGzipBytes)}.`;
}
