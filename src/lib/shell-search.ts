// The static page frame's search field (src/boot/shell.ts) works before the app has started. A reader may type into
// it until the app's first commit replaces the frame: the app's search field finds the static field while it first
// renders, and takes its text (and the focus, if the field had it) over when it is committed. The first render is a
// transition that yields to input, so what is typed between the two is read at the commit, not at the render.

/** The id the static search field uses until the app renders its own (useId) id. */
export const SHELL_SEARCH_ID = 'lede-search-q';

export interface ShellSearch {
  /** The static field; after the commit it is detached, and its value is still what the reader typed. */
  field: HTMLInputElement;
  /** Whether it had the focus while the app rendered. */
  focused: boolean;
}

/**
 * The static field while the static frame is still in the document (null once the app replaced it), watched for focus
 * until then: the reader may click into it while the app's first render is under way.
 */
export function findShellSearch(doc: Document | undefined = globalThis.document): ShellSearch | null {
  // (No document: the server renders the page.)
  if (!doc) return null;
  const field = doc.getElementById(SHELL_SEARCH_ID);
  if (!(field instanceof HTMLInputElement)) return null;
  const shell: ShellSearch = { field, focused: doc.activeElement === field };
  // No blur listener: Chromium blurs the field as the commit removes it, which is not the reader moving on. Where the
  // reader did move on, the focus is on that element, not on the body (shouldTakeFocus).
  field.addEventListener('focus', () => {
    shell.focused = true;
  });
  return shell;
}

/**
 * Whether the app's field should take the focus at its commit: the static field had it when the app rendered, or
 * still has it; and the reader has not moved on to something else since (removing a focused element leaves the focus
 * on the body).
 */
export function shouldTakeFocus(shell: ShellSearch, doc: Document = document): boolean {
  const active = doc.activeElement;
  return active === shell.field || (shell.focused && (active === null || active === doc.body));
}
