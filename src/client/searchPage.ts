/* The /search/ page's script: shows its panel in place of the "needs JavaScript" note and searches at once. */
import { SearchPanel } from './searchPanel.ts';

export function startSearchPage(): void {
  const form = document.querySelector<HTMLFormElement>('[data-search-page] [data-search-panel]');
  if (!form) return;
  document.querySelector<HTMLElement>('[data-search-page-panel]')?.removeAttribute('hidden');
  document.querySelector<HTMLElement>('[data-search-needs-js]')?.setAttribute('hidden', '');
  void new SearchPanel(form, true).start();
}
