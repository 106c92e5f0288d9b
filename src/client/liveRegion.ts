/** How long typing must pause before a count is read out. */
const PAUSE_MS = 900;

/**
 * The search's status line, a live region: what it says, screen readers
 * read out. While the visitor is still typing it waits for a pause, so a
 * screen reader hears one count, not one per letter.
 */
export class LiveRegion {
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(private readonly region: HTMLElement) {}

  /** Says `message` now, or once typing pauses; either way in place of anything still waiting to be said. */
  say(message: string, when: 'now' | 'after pause'): void {
    clearTimeout(this.timer);
    if (when === 'now') this.region.textContent = message;
    else this.timer = setTimeout(() => (this.region.textContent = message), PAUSE_MS);
  }
}
