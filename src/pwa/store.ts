// A tiny external store for app-wide PWA state: a waiting update and connectivity.
import { useSyncExternalStore } from 'react';

export interface PwaState {
  /** A new version is installed and waiting; calling it activates the new version and reloads. */
  applyUpdate: (() => void) | null;
  online: boolean;
  /** True for a short while after connectivity returns, to say "back online". */
  backOnline: boolean;
}

let state: PwaState = {
  applyUpdate: null,
  online: typeof navigator === 'undefined' ? true : navigator.onLine,
  backOnline: false,
};
const listeners = new Set<() => void>();

export function setPwaState(patch: Partial<PwaState>): void {
  state = { ...state, ...patch };
  for (const listener of listeners) listener();
}

export function getPwaState(): PwaState {
  return state;
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function usePwaState(): PwaState {
  return useSyncExternalStore(subscribe, getPwaState, getPwaState);
}

let backOnlineTimer: ReturnType<typeof setTimeout> | undefined;

/** Follows the browser's online/offline events. */
export function watchConnectivity(): void {
  window.addEventListener('offline', () => {
    clearTimeout(backOnlineTimer);
    setPwaState({ online: false, backOnline: false });
  });
  window.addEventListener('online', () => {
    setPwaState({ online: true, backOnline: true });
    backOnlineTimer = setTimeout(() => setPwaState({ backOnline: false }), 6000);
  });
}
