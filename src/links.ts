import { withBase } from './lib/paths.ts';

/** A site path such as `/join/` as a link that works under the configured base path. */
export function href(path: string): string {
  return withBase(path, import.meta.env.BASE_URL);
}
