// Runs in <head> before the first paint (inlined, minified, by ThemeScript.astro):
// applies a stored theme choice so the other theme never flashes, drives the
// theme menu, and dates a printed page. Without JavaScript the CSS follows the system theme and the
// menu is hidden (global.css). Storage may be blocked; then the choice lasts one page.
(() => {
  const root = document.documentElement;
  const key = 'theme';
  let stored = null;
  try {
    stored = localStorage.getItem(key);
  } catch {
    // No storage: the system theme applies.
  }
  if (stored === 'light' || stored === 'dark') root.dataset.theme = stored;
  // "system" when no choice is pinned, so the menu always shows the state in force.
  document.addEventListener('DOMContentLoaded', () => {
    for (const select of document.querySelectorAll('[data-theme-select]')) {
      select.value = root.dataset.theme || 'system';
    }
  });
  // Paper keeps no date: a printed page says when it was printed (the words are in the page, data-printed).
  addEventListener('beforeprint', () => {
    for (const printed of document.querySelectorAll('[data-printed]')) {
      printed.textContent = `${printed.dataset.printed} ${new Date().toLocaleDateString(root.lang, { dateStyle: 'long' })}`;
    }
  });
  document.addEventListener('change', ({ target }) => {
    if (!target.matches?.('[data-theme-select]')) return;
    const choice = target.value;
    if (choice === 'system') delete root.dataset.theme;
    else root.dataset.theme = choice;
    try {
      if (choice === 'system') localStorage.removeItem(key);
      else localStorage.setItem(key, choice);
    } catch {
      // The choice still applies to this page.
    }
  });
})();
