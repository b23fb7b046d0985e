import { act, render, screen } from '@testing-library/react';
import { startTransition, useSyncExternalStore } from 'react';
import { describe, expect, it } from 'vitest';
import { Later } from './Later';

/** An external store, as a query's result is one for the components that read it. */
function createStore() {
  let value = 0;
  const listeners = new Set<() => void>();
  return {
    get: () => value,
    set: (next: number) => {
      value = next;
      for (const listener of listeners) listener();
    },
    subscribe: (listener: () => void) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

describe('Later', () => {
  it('brings its children in a re-render of its own, never re-rendering the page around it', async () => {
    const store = createStore();
    const renders = { page: 0, reader: 0 };
    function Reader() {
      renders.reader += 1;
      return <p>store {useSyncExternalStore(store.subscribe, store.get)}</p>;
    }
    function Page() {
      renders.page += 1;
      return (
        <main>
          <Reader />
          <Later>
            <p>the end of the story</p>
          </Later>
        </main>
      );
    }
    await act(async () => {
      startTransition(() => {
        render(<Page />);
      });
    });
    expect(await screen.findByText('the end of the story')).toBeInTheDocument();
    // The page and the component reading the store rendered once: the deferred render passed them by, so a store
    // that changes while it runs cannot make React redo it synchronously.
    expect(renders).toEqual({ page: 1, reader: 1 });
    act(() => store.set(1));
    expect(screen.getByText('store 1')).toBeInTheDocument();
    expect(renders).toEqual({ page: 1, reader: 2 });
  });
});
