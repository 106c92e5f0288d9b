/*
 * The search interface for the header's dialog, loaded by the inline launcher
 * (searchLauncher.ts) the first time a visitor reaches for search. It is a
 * bundle of its own, so it starts itself: it answers the launcher's event.
 */
import { SEARCH_DIALOG_OPENED } from './searchEvents.ts';
import { SearchPanel } from './searchPanel.ts';

const panels = new WeakMap<HTMLDialogElement, SearchPanel>();

/** The dialog's panel, made on its first opening, when the click that closes the dialog is wired too. */
function panelFor(dialog: HTMLDialogElement): SearchPanel | undefined {
  let panel = panels.get(dialog);
  if (panel) return panel;
  const form = dialog.querySelector<HTMLFormElement>('[data-search-panel]');
  if (!form) return undefined;
  panel = new SearchPanel(form, false);
  panels.set(dialog, panel);
  // A click on the dimmed backdrop, outside the panel, closes the dialog.
  dialog.addEventListener('click', (click) => {
    if (click.target === dialog) dialog.close();
  });
  return panel;
}

document.addEventListener(
  SEARCH_DIALOG_OPENED,
  (event) => {
    const dialog = event.target;
    // Starting again is a no-op once loaded, and a retry if loading failed before.
    if (dialog instanceof HTMLDialogElement) void panelFor(dialog)?.start();
  },
  // The event does not bubble; capturing on the document still sees it.
  { capture: true },
);
