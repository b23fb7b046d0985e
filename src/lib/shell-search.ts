// The static page frame's search field (src/boot/shell.ts) works before the app has started. A reader may type into
// it in the moment before the app's first render replaces the frame: the app's search field reads what they typed
// (and whether the field had the focus) while it renders, before React's commit removes the static frame, so nothing
// typed is lost. The first render is not time-sliced (a default-priority root render), so no input can arrive
// between that read and the commit.

/** The id the static search field uses until the app renders its own (useId) id. */
export const SHELL_SEARCH_ID = 'lede-search-q';

export interface ShellSearch {
  text: string;
  focused: boolean;
}

/** The static field's text and focus while the static frame is still in the document; null once the app replaced it. */
export function readShellSearch(doc: Document = document): ShellSearch | null {
  const field = doc.getElementById(SHELL_SEARCH_ID);
  return field instanceof HTMLInputElement ? { text: field.value, focused: doc.activeElement === field } : null;
}
