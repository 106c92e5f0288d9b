/*
 * The keyboard in the search field, which is a combobox over the results
 * listbox: the arrow keys move through the results while focus stays in the
 * field (the chosen one is named by aria-activedescendant), and Enter opens
 * one. The options themselves are not Tab stops.
 */
export class SearchKeyboard {
  private options: HTMLAnchorElement[] = [];
  private active = -1;

  /** `onEnter` opens a result; it may need to search first, so it is the panel's to do. */
  constructor(
    private readonly field: HTMLInputElement,
    onEnter: () => void,
  ) {
    field.addEventListener('keydown', (event) => {
      if (event.key === 'Enter') {
        // Enter never submits the form: it opens a result.
        event.preventDefault();
        onEnter();
      } else if (this.move(event)) {
        event.preventDefault();
      }
    });
  }

  /** The results now shown. None is chosen until the arrow keys move to one; Enter alone opens the first. */
  setOptions(options: HTMLAnchorElement[]): void {
    this.options = options;
    this.field.setAttribute('aria-expanded', String(options.length > 0));
    this.choose(-1);
  }

  /** Chooses this option, as the arrow keys would. */
  chooseOption(option: HTMLAnchorElement | undefined): void {
    this.choose(option ? this.options.indexOf(option) : -1);
  }

  /** The result Enter opens: the chosen one, or else the first. */
  chosen(): HTMLAnchorElement | undefined {
    return this.options[this.active] ?? this.options[0];
  }

  /** Moves the choice for an arrow key (or Ctrl+Home, Ctrl+End); returns whether the key was one of those. */
  private move(event: KeyboardEvent): boolean {
    const count = this.options.length;
    if (count === 0) return false;
    if (event.key === 'ArrowDown') this.choose((this.active + 1) % count);
    else if (event.key === 'ArrowUp') this.choose((this.active - 1 + count) % count);
    else if (event.key === 'Home' && event.ctrlKey) this.choose(0);
    else if (event.key === 'End' && event.ctrlKey) this.choose(count - 1);
    else return false;
    return true;
  }

  private choose(index: number): void {
    this.options[this.active]?.setAttribute('aria-selected', 'false');
    this.active = index;
    const option = this.options[index];
    if (option) {
      option.setAttribute('aria-selected', 'true');
      this.field.setAttribute('aria-activedescendant', option.id);
      option.scrollIntoView({ block: 'nearest' });
    } else {
      this.field.removeAttribute('aria-activedescendant');
    }
  }
}
