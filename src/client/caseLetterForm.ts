/*
 * The thin interface of the make-the-case letter: it reads the form, asks
 * lib/letter/composeLetter for the letter, and offers it to copy, print or download.
 * Nothing is sent or stored: the answers live only in this page.
 */
import { composeLetter, letterFileName, type LetterFields } from '../lib/letter/composeLetter.ts';
// The letter's words, from content/site/letter.yaml, checked by its schema when the site was built.
import words from 'virtual:letter-words';
import { letterText } from '../strings.ts';
import { revealTool, wireCopyAndPrint } from './toolActions.ts';

export function startCaseLetter(): void {
  const root = document.querySelector<HTMLElement>('[data-letter-tool]');
  const form = root?.querySelector<HTMLFormElement>('[data-letter-form]');
  const output = root?.querySelector<HTMLTextAreaElement>('[data-letter-output]');
  const printCopy = root?.querySelector<HTMLElement>('[data-letter-print]');
  const editedNote = root?.querySelector<HTMLElement>('[data-letter-edited]');
  if (!root || !form || !output || !printCopy || !editedNote) return;

  /** Once the visitor edits the letter itself, the form stops overwriting their words. */
  let editedByHand = false;

  /** Every field by its `data-field` name; of the requests (REQUEST_KINDS, drawn by the server), the one chosen. */
  const fields = (): Partial<LetterFields> => {
    const typed = form.querySelectorAll<HTMLInputElement>('[data-field]:not([type="radio"]), [data-field]:checked');
    return Object.fromEntries([...typed].map((field) => [field.dataset['field'] ?? '', field.value]));
  };

  // Each reason's argument is read from the words quoted beside its box, so the page holds them once.
  const reasons = () =>
    [...form.querySelectorAll('[data-letter-reason]:checked')].map(
      (box) => box.parentElement?.querySelector('q')?.textContent.trim() ?? '',
    );

  // On an association's site, its name and next conference fill what the visitor leaves empty (drawn by the server).
  const { association, conference } = form.dataset;

  const rebuild = () => {
    output.value = composeLetter(words, fields(), reasons(), { association, conference });
    printCopy.textContent = output.value;
  };

  for (const type of ['input', 'change']) form.addEventListener(type, () => editedByHand || rebuild());
  form.addEventListener('submit', (event) => event.preventDefault());
  output.addEventListener('input', () => {
    editedByHand = true;
    editedNote.hidden = false;
    printCopy.textContent = output.value;
  });
  root.querySelector('[data-letter-reset]')?.addEventListener('click', () => {
    editedByHand = false;
    editedNote.hidden = true;
    rebuild();
    output.focus();
  });

  wireCopyAndPrint(root, () => ({ text: output.value }), letterText.copyWhat);

  const status = root.querySelector<HTMLElement>('[data-tool-status]');
  root.querySelector('[data-letter-download]')?.addEventListener('click', () => {
    // Windows line endings, so the file opens cleanly in every text editor.
    const blob = new Blob([output.value.replace(/\r?\n/g, '\r\n')], { type: 'text/plain;charset=utf-8' });
    const url = URL.createObjectURL(blob);
    const link = document.createElement('a');
    link.href = url;
    link.download = letterFileName(fields());
    link.hidden = true;
    document.body.append(link);
    link.click();
    link.remove();
    window.setTimeout(() => URL.revokeObjectURL(url), 1000);
    if (status) status.textContent = letterText.downloaded(link.download);
  });

  rebuild();
  revealTool(root);
}
