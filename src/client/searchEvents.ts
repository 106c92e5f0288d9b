/** Sent on the header's search dialog each time the launcher opens it. */
export const SEARCH_DIALOG_OPENED = 'search-dialog-opened';
