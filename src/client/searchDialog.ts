/*
 * The search interface for the header's dialog: a bundle of its own, which the inline launcher
 * (searchLauncher.ts) loads the first time a visitor reaches for search. It starts at once if the dialog
 * is open, or else when its field gains focus, as the launcher gives it at every opening; a search that
 * failed to load is tried again then too.
 */
import { SearchPanel } from './searchPanel.ts';

const dialog = document.querySelector<HTMLDialogElement>('[data-search-dialog]');
const form = dialog?.querySelector<HTMLFormElement>('[data-search-panel]');
if (dialog && form) {
  const panel = new SearchPanel(form, false);
  // A click on the dimmed backdrop, outside the panel, closes the dialog.
  dialog.addEventListener('click', (click) => click.target === dialog && dialog.close());
  if (dialog.open) void panel.start();
}
