/*
 * The search interface for the header's dialog, loaded by the inline launcher
 * (searchLauncher.ts) the first time a visitor reaches for search. It is a
 * bundle of its own, so it starts itself: it answers the launcher's event.
 */
import { SEARCH_DIALOG_OPENED } from './searchEvents.ts';
import { attachSearchDialog } from './searchUi.ts';

const wired = new WeakSet<HTMLDialogElement>();

document.addEventListener(
  SEARCH_DIALOG_OPENED,
  (event) => {
    const dialog = event.target;
    if (!(dialog instanceof HTMLDialogElement)) return;
    if (!wired.has(dialog)) {
      wired.add(dialog);
      // A click on the dimmed backdrop, outside the panel, closes the dialog.
      dialog.addEventListener('click', (click) => {
        if (click.target === dialog) dialog.close();
      });
    }
    attachSearchDialog(dialog);
  },
  // The event does not bubble; capturing on the document still sees it.
  { capture: true },
);
