// Runs in <head> before the first paint (inlined, minified, by ThemeScript.astro):
// applies a stored theme choice so the other theme never flashes, and drives
// the toggle. Without JavaScript the CSS follows the system theme and the
// toggle is hidden (global.css). Storage may be blocked; then the choice lasts one page.
(() => {
  const root = document.documentElement;
  const key = 'theme';
  const systemDark = matchMedia('(prefers-color-scheme: dark)');
  const readStored = () => {
    try {
      return localStorage.getItem(key);
    } catch {
      return null;
    }
  };
  const stored = readStored();
  if (stored === 'light' || stored === 'dark') root.dataset.theme = stored;
  const current = () => root.dataset.theme || (systemDark.matches ? 'dark' : 'light');
  const sync = () => {
    for (const button of document.querySelectorAll('[data-theme-toggle]')) {
      button.setAttribute('aria-pressed', String(current() === 'dark'));
    }
  };
  document.addEventListener('DOMContentLoaded', sync);
  systemDark.addEventListener('change', sync);
  document.addEventListener('click', (event) => {
    if (!(event.target instanceof Element) || !event.target.closest('[data-theme-toggle]')) return;
    root.dataset.theme = current() === 'dark' ? 'light' : 'dark';
    try {
      localStorage.setItem(key, root.dataset.theme);
    } catch {
      // The choice still applies to this page.
    }
    sync();
  });
})();
