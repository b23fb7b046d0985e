import { act } from '@testing-library/react';
import { Suspense } from 'react';
import { hydrateRoot } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { describe, expect, it, onTestFinished } from 'vitest';
import { HydrationState, useHydrated } from './hydration';

/** A part only the device can show, whose code or data is still on its way until `arrive()`. */
function devicePart() {
  let arrive = () => {};
  const arrived = new Promise<void>((resolve) => (arrive = resolve));
  let ready = false;
  function DevicePart() {
    if (!ready) throw arrived;
    return <p>device</p>;
  }
  return {
    DevicePart,
    arrive: () => {
      ready = true;
      arrive();
    },
  };
}

describe('HydrationState', () => {
  it("keeps the server's HTML in place while what only the device knows loads, then adds it (a transition)", async () => {
    const { DevicePart, arrive } = devicePart();
    const seen: boolean[] = [];
    function Page() {
      const hydrated = useHydrated();
      seen.push(hydrated);
      return (
        <Suspense fallback={<p>loading</p>}>
          <p>server</p>
          {hydrated && <DevicePart />}
        </Suspense>
      );
    }
    const page = (
      <HydrationState serverRendered>
        <Page />
      </HydrationState>
    );
    const container = document.createElement('div');
    container.innerHTML = renderToString(page);
    expect(container.textContent).toBe('server');
    document.body.append(container);
    onTestFinished(() => container.remove());
    const errors: unknown[] = [];
    await act(async () => hydrateRoot(container, page, { onRecoverableError: (error) => errors.push(error) }));
    expect(errors).toEqual([]);
    // Hydrated, and the device's part has been asked for: the page still shows the server's HTML, no fallback.
    expect(seen).toContain(true);
    expect(container.textContent).toBe('server');
    await act(async () => arrive());
    expect(container.textContent).toBe('serverdevice');
  });

  it('is true from the first render where the browser renders the page itself', () => {
    const seen: boolean[] = [];
    function Page() {
      seen.push(useHydrated());
      return null;
    }
    renderToString(
      <HydrationState serverRendered={false}>
        <Page />
      </HydrationState>,
    );
    expect(seen).toEqual([true]);
  });
});
