/*
 * The only search code every page loads: it turns the header's fallback link
 * into a search button, listens for the shortcuts, and loads the real search
 * interface (and Pagefind) the first time a visitor reaches for it. It also
 * highlights the searched words on a page reached from a result.
 *
 * It must stay small and import nothing at load time, so Astro inlines it into
 * each page instead of making every visitor fetch a script file (the page
 * budgets in tests/site/budgets.test.ts hold it to that). The interface is
 * bundled on its own (Vite's `?worker&url` gives a self-contained ES module
 * and its hashed address, though it never runs as a worker), imported by
 * address out of the bundler's sight, and told by an event when the dialog
 * opens, since such a bundle keeps no exports. Closing needs no script: the
 * close button submits a `method="dialog"` form, and the browser puts focus
 * back where it was. The highlighter for a page opened from a result is a
 * bundle of its own too (pageHighlight.ts), fetched only by such a page.
 */
import { isSearchShortcut } from '../lib/search/isSearchShortcut.ts';
import { SEARCH_DIALOG_OPENED } from './searchEvents.ts';
import pageHighlightUrl from './pageHighlight.ts?worker&url';
import searchDialogUrl from './searchDialog.ts?worker&url';

let loading: Promise<unknown> | undefined;
const loadSearch = () => (loading ??= import(/* @vite-ignore */ searchDialogUrl));

/**
 * Opens search at once, without waiting for the interface code, so the first
 * letters a visitor types after Ctrl+K land in the field. The interface then
 * attaches to the open dialog and searches for whatever is typed so far.
 */
function openSearch(): void {
  const pageField = document.querySelector<HTMLInputElement>('[data-search-page] [data-search-input]');
  const dialog = document.querySelector<HTMLDialogElement>('[data-search-dialog]');
  if (pageField) pageField.focus();
  else if (dialog && !dialog.open) {
    dialog.showModal();
    dialog.querySelector<HTMLInputElement>('[data-search-input]')?.focus();
    // Sent on every opening, so a search that failed to load is tried again.
    void loadSearch().then(() => dialog.dispatchEvent(new Event(SEARCH_DIALOG_OPENED)));
  }
}

for (const button of document.querySelectorAll<HTMLButtonElement>('[data-search-open]')) {
  button.addEventListener('click', openSearch);
  // Start loading on the first sign of intent, so results come sooner.
  button.addEventListener('pointerenter', () => void loadSearch(), { once: true });
  button.addEventListener('focus', () => void loadSearch(), { once: true });
  const shortcut = button.querySelector('[data-search-shortcut]');
  // Apple systems name themselves in the user agent (iPadOS as "Macintosh"); navigator.platform is deprecated.
  if (shortcut && /Mac|iPhone|iPad/.test(navigator.userAgent)) shortcut.textContent = '⌘ K';
}
// global.css already hides it from the first paint; this is for browsers without the "scripting" media query.
for (const fallback of document.querySelectorAll<HTMLElement>('[data-search-fallback]')) fallback.hidden = true;

document.addEventListener('keydown', (event) => {
  const target = event.target;
  const typing =
    target instanceof HTMLElement && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));
  if (!isSearchShortcut(event, typing)) return;
  event.preventDefault();
  // Pressed again while search is open: back to the search field, not the browser's address bar.
  const openField = document.querySelector<HTMLInputElement>('dialog[data-search-dialog][open] [data-search-input]');
  if (openField) openField.focus();
  else openSearch();
});

// The parameter's name is HIGHLIGHT_PARAM (resultView.ts), written out: an import would add to every page.
if (new URLSearchParams(location.search).has('highlight')) void import(/* @vite-ignore */ pageHighlightUrl);
