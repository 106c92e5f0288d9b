import yaml from 'js-yaml';
import { frontmatterOf } from './calendarDates.ts';

/**
 * Reads a content file's frontmatter the way Astro does (js-yaml), without
 * throwing: a file YAML cannot read comes back with a message an editor can
 * act on, so every tool can name the file instead of crashing.
 */
export function readFrontmatter(source: string): { data: Record<string, unknown> } | { error: string } {
  try {
    const data = yaml.load(frontmatterOf(source)) ?? {};
    if (typeof data !== 'object' || Array.isArray(data)) return { error: 'the frontmatter is not a list of fields' };
    return { data: data as Record<string, unknown> };
  } catch (error) {
    const reason = error instanceof Error ? (error.message.split('\n')[0] ?? error.message) : String(error);
    return {
      error: `${reason}. A value that contains ": " must be in quotes, for example title: "Training: keep learning"`,
    };
  }
}
