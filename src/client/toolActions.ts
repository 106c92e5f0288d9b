/*
 * What the two tools share: revealing the form once the script runs, the
 * page's canonical address to build links from, and the copy and print
 * buttons with a visible, announced confirmation. Nothing is
 * sent anywhere: the clipboard and the printer are the visitor's own.
 */
import { toolText } from '../strings.ts';

/** Shows the form, hides the "needs JavaScript" note, and marks the page ready (print styles use it). */
export function revealTool(root: HTMLElement): void {
  root.hidden = false;
  document.querySelector<HTMLElement>('[data-tool-needs-js]')?.setAttribute('hidden', '');
  document.querySelector<HTMLElement>('[data-tool-page]')?.setAttribute('data-tool-ready', '');
}

/**
 * The page's canonical address as built (site address, base path and page), which the addresses the tools and
 * search write start from, never `location` (src/lib/site/pageAddress.ts); without it, where the page was opened.
 */
export function canonicalAddress(): string {
  return (
    document.querySelector<HTMLLinkElement>('link[rel="canonical"]')?.href ??
    document.querySelector<HTMLMetaElement>('meta[property="og:url"]')?.content ??
    location.href
  );
}

/** Says something in the status line under the buttons (a polite live region). */
function say(status: HTMLElement | null, message: string): void {
  if (!status) return;
  // Cleared first, so the same message twice is announced twice.
  status.textContent = '';
  window.setTimeout(() => (status.textContent = message), 50);
}

/**
 * Wires the copy and print buttons inside `root`. `text` returns what to copy,
 * or a message to show instead when there is nothing to copy yet.
 */
export function wireCopyAndPrint(
  root: HTMLElement,
  text: () => { text: string } | { problem: string },
  what: string,
): void {
  const status = root.querySelector<HTMLElement>('[data-tool-status]');
  const fallback = root.querySelector<HTMLElement>('[data-tool-fallback]');
  const fallbackField = fallback?.querySelector('textarea');
  const copy = async () => {
    const wanted = text();
    if ('problem' in wanted) {
      say(status, wanted.problem);
      return;
    }
    try {
      if (!navigator.clipboard) throw new Error('no clipboard');
      await navigator.clipboard.writeText(wanted.text);
      if (fallback) fallback.hidden = true;
      say(status, toolText.copied(what));
    } catch {
      // The browser refused (no permission, or an old browser): give the text to copy by hand.
      if (fallback && fallbackField) {
        fallback.hidden = false;
        fallbackField.value = wanted.text;
        fallbackField.focus();
        fallbackField.select();
      }
      say(status, toolText.copyRefused);
    }
  };
  root.querySelector('[data-tool-copy]')?.addEventListener('click', () => void copy());
  root.querySelector('[data-tool-print]')?.addEventListener('click', () => window.print());
}

/** Shows or clears a field's error, tied to the field for screen readers. */
export function setFieldError(input: HTMLElement | null, message: string | undefined): void {
  const error = input && document.getElementById(`${input.id}-error`);
  if (!input || !error) return;
  const hint = document.getElementById(`${input.id}-hint`) ? `${input.id}-hint` : '';
  error.textContent = message ? toolText.error(message) : '';
  error.hidden = !message;
  if (message) input.setAttribute('aria-invalid', 'true');
  else input.removeAttribute('aria-invalid');
  const describedBy = [hint, message ? error.id : ''].filter(Boolean).join(' ');
  if (describedBy) input.setAttribute('aria-describedby', describedBy);
  else input.removeAttribute('aria-describedby');
}
