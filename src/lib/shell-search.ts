// The static page frame's search field (src/boot/shell.ts) works before the app has started. A reader may type
// into it in the moment before the app's first render replaces the frame: src/main.tsx captures what they typed
// (and whether the field had the focus) just before that render, and the app's field takes it over, so nothing
// typed is lost.

/** The id the static search field uses until the app renders its own (useId) id. */
export const SHELL_SEARCH_ID = 'lede-search-q';

export interface ShellSearch {
  text: string;
  focused: boolean;
}

let captured: ShellSearch | null = null;

/** Remembers the static field's text and focus; called once, just before the first render removes the field. */
export function captureShellSearch(doc: Document = document): void {
  const field = doc.getElementById(SHELL_SEARCH_ID);
  captured = field instanceof HTMLInputElement ? { text: field.value, focused: doc.activeElement === field } : null;
}

/** What was captured, once: the app's first search field takes it over. */
export function takeShellSearch(): ShellSearch | null {
  const taken = captured;
  captured = null;
  return taken;
}
