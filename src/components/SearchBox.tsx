// A search box: a GET form to /search, so a search is a shareable URL and works before JS too. The masthead's also
// takes over what the reader typed into the static frame's field; on phones it is a popover the masthead opens.
import { useId, useLayoutEffect, useRef, useState, type KeyboardEventHandler, type ToggleEventHandler } from 'react';
import { Form } from 'react-router';
import { findShellSearch, shouldTakeFocus } from '../lib/shell-search';
import { masthead as words } from '#words/masthead';

interface Props {
  query: string;
  /** The masthead's box: takes over the static frame's field, and is a popover on phones. */
  masthead?: { id: string; onToggle: ToggleEventHandler<HTMLFormElement>; onKeyDown: KeyboardEventHandler<HTMLFormElement> };
  className?: string;
}

export function SearchBox({ query, masthead, className = 'search-box' }: Props) {
  const inputId = useId();
  const input = useRef<HTMLInputElement>(null);
  // The app's first field takes over what the reader typed into the static frame's (src/lib/shell-search.ts): found
  // while it renders, read at its commit. Set as the field's value, not as defaultValue: a later render must never
  // change what is in the field.
  const [shell] = useState(() => (masthead ? findShellSearch() : null));
  useLayoutEffect(() => {
    const field = input.current;
    // A search page's field shows the URL's query instead.
    if (!shell || !field || field.value !== '') return;
    field.value = shell.field.value;
    if (!shouldTakeFocus(shell) || document.activeElement === field) return;
    // On a phone the reader had the static frame's search open: the app's opens too, so its field can take the focus.
    // (Browsers without popovers show the box in place.)
    const form = field.form;
    if (form?.hasAttribute('popover') && 'showPopover' in form && field.getClientRects().length === 0) form.showPopover();
    field.focus();
    field.setSelectionRange(field.value.length, field.value.length);
  }, [shell]);
  return (
    // key: the field shows the URL's query again after back/forward or a new search.
    <Form
      method="get"
      action="/search"
      role="search"
      className={className}
      key={query}
      id={masthead?.id}
      popover={masthead ? 'auto' : undefined}
      onToggle={masthead?.onToggle}
      onKeyDown={masthead?.onKeyDown}
    >
      <label htmlFor={inputId} className="visually-hidden">
        {words.field}
      </label>
      <input
        ref={input}
        id={inputId}
        type="search"
        name="q"
        // A query may be in any language: the field takes the direction of what is typed.
        dir="auto"
        defaultValue={query}
        className="search-box__input"
        placeholder={words.field}
        enterKeyHint="search"
        autoComplete="off"
      />
      <button type="submit" className="search-box__submit">
        {words.search}
      </button>
    </Form>
  );
}
