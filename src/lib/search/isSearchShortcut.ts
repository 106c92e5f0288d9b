/*
 * Kept apart from cleanQuery.ts: the inline search launcher imports only this,
 * so it shares no module (and no chunk file) with the search interface.
 */

/** Whether a key press is the "/" or Ctrl/⌘+K shortcut that opens search. */
export function isSearchShortcut(
  event: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'altKey' | 'shiftKey'>,
  typingInField: boolean,
): boolean {
  if (event.altKey) return false;
  if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'k' && !event.shiftKey) return true;
  return event.key === '/' && !event.ctrlKey && !event.metaKey && !typingInField;
}
