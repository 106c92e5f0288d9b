/*
 * The only search code every page loads: it turns the header's fallback link
 * into a search button, listens for the shortcuts, and loads the real search
 * interface (and Pagefind) the first time a visitor reaches for it. It also
 * highlights the searched words on a page reached from a result.
 */
import { isSearchShortcut } from '../lib/searchText';

type SearchUi = typeof import('./searchUi');

let ui: Promise<SearchUi> | undefined;
const loadUi = () => (ui ??= import('./searchUi'));

function isTypingInField(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLElement && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName))
  );
}

/**
 * Opens search at once, without waiting for the interface code, so the first
 * letters a visitor types after Ctrl+K land in the field. The interface then
 * attaches to the open dialog and searches for whatever is typed so far.
 */
function openSearch(opener: HTMLElement | null): void {
  const pageField = document.querySelector<HTMLInputElement>('[data-search-page] [data-search-input]');
  if (pageField) {
    pageField.focus();
    return;
  }
  const dialog = document.querySelector<HTMLDialogElement>('[data-search-dialog]');
  if (!dialog || dialog.open) return;
  if (!dialog.dataset['wired']) {
    dialog.dataset['wired'] = '';
    dialog.querySelector('[data-search-close]')?.addEventListener('click', () => dialog.close());
    // A click on the dimmed backdrop, outside the panel, closes the dialog.
    dialog.addEventListener('click', (event) => {
      if (event.target === dialog) dialog.close();
    });
  }
  dialog.addEventListener('close', () => opener?.focus(), { once: true });
  dialog.showModal();
  dialog.querySelector<HTMLInputElement>('[data-search-input]')?.focus();
  void loadUi().then((searchUi) => searchUi.attachSearchDialog(dialog));
}

export function startSearchLauncher(): void {
  const buttons = document.querySelectorAll<HTMLButtonElement>('[data-search-open]');
  const apple = /Mac|iPhone|iPad/.test(navigator.platform || navigator.userAgent);
  for (const button of buttons) {
    button.hidden = false;
    button.addEventListener('click', () => openSearch(button));
    // Start loading on the first sign of intent, so the dialog opens at once.
    button.addEventListener('pointerenter', () => void loadUi(), { once: true });
    button.addEventListener('focus', () => void loadUi(), { once: true });
    const shortcut = button.querySelector('[data-search-shortcut]');
    if (shortcut && apple) shortcut.textContent = '⌘ K';
  }
  for (const fallback of document.querySelectorAll<HTMLElement>('[data-search-fallback]')) fallback.hidden = true;

  document.addEventListener('keydown', (event) => {
    if (!isSearchShortcut(event, isTypingInField(event.target))) return;
    event.preventDefault();
    const openDialog = document.querySelector<HTMLDialogElement>('dialog[data-search-dialog][open]');
    // Pressed again while search is open: back to the search field, not the browser's address bar.
    if (openDialog) openDialog.querySelector<HTMLInputElement>('[data-search-input]')?.focus();
    else openSearch(buttons[0] ?? null);
  });

  if (new URLSearchParams(location.search).has('highlight')) {
    const script = `${import.meta.env.BASE_URL}pagefind/pagefind-highlight.js`;
    void import(/* @vite-ignore */ script).then(
      ({ default: PagefindHighlight }: { default: new (options: Record<string, unknown>) => unknown }) =>
        new PagefindHighlight({ highlightParam: 'highlight', addStyles: false }),
    );
  }
}
