/*
 * The thin interface of the make-the-case letter: it reads the form, asks
 * lib/letter/composeLetter for the letter, and offers it to copy, print or download.
 * Nothing is sent or stored: the answers live only in this page.
 */
import { composeLetter, letterFileName, type LetterArgument, type LetterFields } from '../lib/letter/composeLetter.ts';
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

  const fields = (): Partial<LetterFields> => {
    const value = (field: string) =>
      form.querySelector<HTMLInputElement | HTMLTextAreaElement>(`[data-field="${field}"]`)?.value ?? '';
    const request = form.querySelector<HTMLInputElement>('[data-field="request"]:checked')?.value;
    return {
      name: value('name'),
      role: value('role'),
      library: value('library'),
      manager: value('manager'),
      association: value('association'),
      request: request === 'conference' || request === 'course' ? request : 'membership',
      event: value('event'),
      cost: value('cost'),
      bringBack: value('bringBack'),
    };
  };

  // Each reason's title and argument are read from the words shown beside its box, so the page holds them once.
  const reasons = (): LetterArgument[] =>
    [...form.querySelectorAll<HTMLInputElement>('[data-letter-reason]:checked')].map((box) => {
      const reason = box.parentElement;
      const text = (selector: string) => reason?.querySelector(selector)?.textContent.trim() ?? '';
      return { id: box.value, title: text('label'), argument: text('q') };
    });

  const rebuild = () => {
    output.value = composeLetter(words, fields(), reasons());
    printCopy.textContent = output.value;
  };

  form.addEventListener('input', () => {
    if (!editedByHand) rebuild();
  });
  form.addEventListener('change', () => {
    if (!editedByHand) rebuild();
  });
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
