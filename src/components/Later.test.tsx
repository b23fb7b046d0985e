import { act, render, screen } from '@testing-library/react';
import { startTransition, useEffect, useSyncExternalStore } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { afterTurns } from '../lib/turns';
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
    const pageRendered = vi.fn();
    const readerRendered = vi.fn();
    function Reader() {
      readerRendered();
      return <p>store {useSyncExternalStore(store.subscribe, store.get)}</p>;
    }
    function Page() {
      pageRendered();
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
    expect(pageRendered).toHaveBeenCalledTimes(1);
    expect(readerRendered).toHaveBeenCalledTimes(1);
    act(() => store.set(1));
    expect(screen.getByText('store 1')).toBeInTheDocument();
    expect(pageRendered).toHaveBeenCalledTimes(1);
    expect(readerRendered).toHaveBeenCalledTimes(2);
  });
});

/** Holds the page's frames until `drawFrame` runs them, the way a browser runs them before it lays out and paints. */
function holdFrames() {
  let frames: FrameRequestCallback[] = [];
  vi.spyOn(window, 'requestAnimationFrame').mockImplementation((callback) => {
    frames.push(callback);
    return frames.length;
  });
  return {
    pending: () => frames.length,
    /** Runs the frame's callbacks, then the tasks they queued (the parts whose turn it is), then React's work. */
    drawFrame: async () => {
      const due = frames;
      frames = [];
      await act(async () => {
        for (const callback of due) callback(performance.now());
        await new Promise((resolve) => setTimeout(resolve, 0));
      });
      await act(async () => {
        await new Promise((resolve) => setTimeout(resolve, 0));
      });
    },
  };
}

/** A first screen and three parts that can wait; the second can be left out. */
function ThreeParts({ withSecond = true }: { withSecond?: boolean }) {
  return (
    <main>
      <p>first screen</p>
      <Later>
        <p>part one</p>
      </Later>
      {withSecond && (
        <Later>
          <p>part two</p>
        </Later>
      )}
      <Later>
        <p>part three</p>
      </Later>
    </main>
  );
}

describe('Later parts', () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('take turns in page order, one part per frame, so that each frame lays out one part', async () => {
    const frames = holdFrames();
    render(<ThreeParts />);
    expect(screen.getByText('first screen')).toBeInTheDocument();
    expect(screen.queryByText(/^part/)).toBeNull();

    await frames.drawFrame();
    expect(screen.getByText('part one')).toBeInTheDocument();
    expect(screen.queryByText('part two')).toBeNull();

    await frames.drawFrame();
    expect(screen.getByText('part two')).toBeInTheDocument();
    expect(screen.queryByText('part three')).toBeNull();

    await frames.drawFrame();
    expect(screen.getByText('part three')).toBeInTheDocument();
    expect(frames.pending()).toBe(0);
  });

  it("passes a removed part's turn on to the next part", async () => {
    const frames = holdFrames();
    const { rerender } = render(<ThreeParts />);
    await frames.drawFrame();
    expect(screen.getByText('part one')).toBeInTheDocument();
    rerender(<ThreeParts withSecond={false} />);
    await frames.drawFrame();
    expect(screen.queryByText('part two')).toBeNull();
    expect(screen.getByText('part three')).toBeInTheDocument();
  });

  it('tell who waits for the page (the worker registration) once the last part has had its turn', async () => {
    const frames = holdFrames();
    const allIn = vi.fn();
    function Page() {
      // An effect after the page's own (its parts' queue) in the commit that mounts it, as src/main.tsx places it.
      useEffect(() => afterTurns(allIn), []);
      return <ThreeParts />;
    }
    render(<Page />);
    await frames.drawFrame();
    await frames.drawFrame();
    expect(screen.getByText('part two')).toBeInTheDocument();
    expect(allIn).not.toHaveBeenCalled();
    await frames.drawFrame();
    expect(screen.getByText('part three')).toBeInTheDocument();
    expect(allIn).toHaveBeenCalledTimes(1);
  });

  it('tell at once when the page has no part waiting', async () => {
    const allIn = vi.fn();
    afterTurns(allIn);
    await vi.waitFor(() => expect(allIn).toHaveBeenCalledTimes(1));
  });
});
