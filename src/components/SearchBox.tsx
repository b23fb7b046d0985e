// The masthead's search box: a GET form to /search, so a search is a shareable URL and works before JS too.
import { useId, useLayoutEffect, useRef, useState } from 'react';
import { Form } from 'react-router';
import { findShellSearch, shouldTakeFocus } from '../lib/shell-search';

export function SearchBox({ query }: { query: string }) {
  const inputId = useId();
  const input = useRef<HTMLInputElement>(null);
  // The app's first field takes over what the reader typed into the static frame's (src/lib/shell-search.ts): found
  // while it renders, read at its commit. Set as the field's value, not as defaultValue: a later render must never
  // change what is in the field.
  const [shell] = useState(() => findShellSearch());
  useLayoutEffect(() => {
    const field = input.current;
    // A search page's field shows the URL's query instead.
    if (!shell || !field || field.value !== '') return;
    field.value = shell.field.value;
    if (!shouldTakeFocus(shell) || document.activeElement === field) return;
    field.focus();
    field.setSelectionRange(field.value.length, field.value.length);
  }, [shell]);
  return (
    // key: the field shows the URL's query again after back/forward or a new search.
    <Form method="get" action="/search" role="search" className="search-box" key={query}>
      <label htmlFor={inputId} className="visually-hidden">
        Search stories
      </label>
      <input
        ref={input}
        id={inputId}
        type="search"
        name="q"
        defaultValue={query}
        className="search-box__input"
        placeholder="Search stories"
        enterKeyHint="search"
        autoComplete="off"
      />
      <button type="submit" className="search-box__submit">
        Search
      </button>
    </Form>
  );
}
