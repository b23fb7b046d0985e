// A tiny external store for app-wide PWA state: a waiting update and connectivity.
import { useSyncExternalStore } from 'react';
import type { NetworkOutcome } from '../api/network-outcome';

export interface PwaState {
  /** A new version is installed and waiting; calling it activates the new version and reloads. */
  applyUpdate: (() => void) | null;
  /** False in "offline or unreliable" mode (docs/architecture.md, "Connectivity rule"). */
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

/** Calls `listener` on every change of the state; returns the way to stop (pollers follow connectivity with it). */
export function subscribePwaState(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** What the server renders (and the browser hydrates): no update waiting, online; the device's own state follows. */
const SERVER_STATE: PwaState = { applyUpdate: null, online: true, backOnline: false };
const getServerState = () => SERVER_STATE;

export function usePwaState(): PwaState {
  return useSyncExternalStore(subscribePwaState, getPwaState, getServerState);
}

let backOnlineTimer: ReturnType<typeof setTimeout> | undefined;
const BACK_ONLINE_NOTICE_MS = 6000;

function goOffline(): void {
  clearTimeout(backOnlineTimer);
  if (state.online || state.backOnline) setPwaState({ online: false, backOnline: false });
}

function goOnline(): void {
  if (state.online) return;
  setPwaState({ online: true, backOnline: true });
  backOnlineTimer = setTimeout(() => setPwaState({ backOnline: false }), BACK_ONLINE_NOTICE_MS);
}

/**
 * Connectivity is observed, not only announced: what each content request showed. The request path's transport
 * calls this (src/main.tsx wires it; src/api/http.ts). A request that fails at the network level, times out or is
 * answered from a cache means "offline or unreliable"; the next one that reaches the network ends it.
 */
export function observeNetwork(outcome: NetworkOutcome): void {
  if (outcome === 'reached') goOnline();
  else goOffline();
}

/** The browser's own online/offline events count as observations too. Returns the way to stop. */
export function watchConnectivity(): () => void {
  window.addEventListener('offline', goOffline);
  window.addEventListener('online', goOnline);
  return () => {
    window.removeEventListener('offline', goOffline);
    window.removeEventListener('online', goOnline);
    clearTimeout(backOnlineTimer);
  };
}
