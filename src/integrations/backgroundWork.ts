import type { AstroIntegration } from 'astro';

/*
 * Build steps that one integration starts and the last one waits for, so
 * they run beside the checks instead of after them. Search indexing runs in
 * Pagefind's own process, so on a 2-core machine it costs almost no time
 * while the link and policy checks read the pages.
 */
const pending: Promise<unknown>[] = [];

/** Starts waiting for `work` at the end of the build. Its failure still fails the build, there. */
export function runInBackground(work: Promise<unknown>): void {
  work.catch(() => undefined); // reported by finishBackgroundWork, not as an unhandled rejection
  pending.push(work);
}

/** Waits for everything started, ignoring failures: used before removing a build that failed for another reason. */
export async function settleBackgroundWork(): Promise<void> {
  await Promise.allSettled(pending.splice(0));
}

/** The last integration: waits for the background steps and fails the build if one failed. */
export function finishBackgroundWork(): AstroIntegration {
  return {
    name: 'finish-background-work',
    hooks: {
      'astro:build:done': async () => {
        const results = await Promise.allSettled(pending.splice(0));
        const failure = results.find((result) => result.status === 'rejected');
        if (failure) throw failure.reason;
      },
    },
  };
}
