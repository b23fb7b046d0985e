// Connectivity is observed: what the app's own requests showed puts it offline (or unreliable) and back online.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { getPwaState, observeNetwork, setPwaState, watchConnectivity } from './store';

describe('watchConnectivity', () => {
  let stop: () => void = () => undefined;
  beforeEach(() => {
    setPwaState({ online: true, backOnline: false });
    stop = watchConnectivity();
  });
  afterEach(() => stop());

  it('goes offline when a request cannot reach the network, though the browser says online', () => {
    expect(navigator.onLine).toBe(true);
    observeNetwork('unreachable');
    expect(getPwaState()).toMatchObject({ online: false, backOnline: false });
  });

  it('goes offline when the service worker could only answer from a cache', () => {
    observeNetwork('from-cache');
    expect(getPwaState().online).toBe(false);
  });

  it('is back online, and says so, when a later request reaches the network', () => {
    observeNetwork('unreachable');
    observeNetwork('reached');
    expect(getPwaState()).toMatchObject({ online: true, backOnline: true });
  });

  it('does not announce "back online" when it never was offline', () => {
    observeNetwork('reached');
    expect(getPwaState()).toMatchObject({ online: true, backOnline: false });
  });

  it("follows the browser's offline and online events too", () => {
    window.dispatchEvent(new Event('offline'));
    expect(getPwaState().online).toBe(false);
    window.dispatchEvent(new Event('online'));
    expect(getPwaState()).toMatchObject({ online: true, backOnline: true });
  });
});
