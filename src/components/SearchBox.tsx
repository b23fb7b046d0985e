// The masthead's search box: a GET form to /search, so a search is a shareable URL and works before JS too.
import { useId } from 'react';
import { Form } from 'react-router';

export function SearchBox({ query }: { query: string }) {
  const inputId = useId();
  return (
    // key: the field shows the URL's query again after back/forward or a new search.
    <Form method="get" action="/search" role="search" className="search-box" key={query}>
      <label htmlFor={inputId} className="visually-hidden">
        Search stories
      </label>
      <input id={inputId} type="search" name="q" defaultValue={query} className="search-box__input" placeholder="Search stories" enterKeyHint="search" autoComplete="off" />
      <button type="submit" className="search-box__submit">
        Search
      </button>
    </Form>
  );
}
