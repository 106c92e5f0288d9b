/*
 * The only search code every page loads, inline, so it stays small and imports nothing at load time
 * (tests/site/budgets.test.ts). It turns the header's fallback link into a search button, answers the
 * shortcuts, and imports the interface (and Pagefind) when a visitor first reaches for search, or the
 * highlighter (pageHighlight.ts) on a page opened from a result. Each is a bundle of its own: Vite's
 * `?worker&url` gives a self-contained module and its hashed address (it never runs as a worker).
 * Closing needs no script: the close button submits a `method="dialog"` form, and focus goes back.
 */
import pageHighlightUrl from './pageHighlight.ts?worker&url';
import searchDialogUrl from './searchDialog.ts?worker&url';

let loading: Promise<unknown> | undefined;
const loadSearch = () => (loading ??= import(/* @vite-ignore */ searchDialogUrl));

/**
 * Opens search at once, without waiting for the interface code, so the first letters a visitor types
 * after Ctrl+K land in the field; the interface then searches for whatever is typed so far.
 */
function openSearch(): void {
  const pageField = document.querySelector<HTMLInputElement>('[data-search-page] [data-search-input]');
  const dialog = document.querySelector<HTMLDialogElement>('[data-search-dialog]');
  if (pageField) pageField.focus();
  else if (dialog && !dialog.open) {
    dialog.showModal();
    dialog.querySelector<HTMLInputElement>('[data-search-input]')?.focus();
    void loadSearch();
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
  const { key, ctrlKey, metaKey, altKey, shiftKey, target } = event;
  const typing =
    target instanceof HTMLElement && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));
  // Ctrl+K or ⌘+K anywhere; "/" outside a field.
  if (altKey || (ctrlKey || metaKey ? key.toLowerCase() !== 'k' || shiftKey : key !== '/' || typing)) return;
  event.preventDefault();
  // Pressed again while search is open: back to the search field, not the browser's address bar.
  const openField = document.querySelector<HTMLInputElement>('dialog[data-search-dialog][open] [data-search-input]');
  if (openField) openField.focus();
  else openSearch();
});

// The parameter's name is HIGHLIGHT_PARAM (resultView.ts), written out: an import would add to every page.
if (new URLSearchParams(location.search).has('highlight')) void import(/* @vite-ignore */ pageHighlightUrl);
