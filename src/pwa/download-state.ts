// The one "Download for offline" run the whole app shows (masthead, front page, progress panel), and its cancel.
import { useSyncExternalStore } from 'react';
import type { QueryClient } from '@tanstack/react-query';
import type { ContentSource } from '../api/source';
import type { DownloadProgress, DownloadResult } from './download';

export type DownloadState =
  { status: 'idle' } | { status: 'running'; progress: DownloadProgress | null; cancelling: boolean } | { status: 'finished'; result: DownloadResult };

let state: DownloadState = { status: 'idle' };
let controller: AbortController | null = null;
const listeners = new Set<() => void>();

function setState(next: DownloadState): void {
  state = next;
  for (const listener of listeners) listener();
}

const subscribe = (listener: () => void) => {
  listeners.add(listener);
  return () => listeners.delete(listener);
};
const getState = () => state;

export function useDownloadState(): DownloadState {
  return useSyncExternalStore(subscribe, getState, getState);
}

/**
 * Starts a download from `source` unless one is running; the saved-story lists of `queryClient` refresh as stories
 * land. `quiet` (the automatic refresh) hides the result when it found nothing new to store. The download's code loads
 * only now (src/pwa/download.ts).
 */
export function startDownload(source: ContentSource, queryClient: QueryClient, { quiet = false }: { quiet?: boolean } = {}): void {
  if (state.status === 'running') return;
  const running = new AbortController();
  controller = running;
  setState({ status: 'running', progress: null, cancelling: false });
  const onProgress = (progress: DownloadProgress) => {
    if (state.status === 'running') setState({ ...state, progress });
  };
  void import('./download')
    .then(({ runDownload }) => runDownload(source, queryClient, { signal: running.signal, quiet, onProgress }))
    .then(
      (result) => setState(result ? { status: 'finished', result } : { status: 'idle' }),
      // Only a failure to load the download's code lands here; the download reports its own failures.
      (error: unknown) =>
        setState({
          status: 'finished',
          result: { done: 0, total: 0, bytes: 0, saved: 0, skipped: 0, failed: 0, outcome: 'failed', error: error as Error, elapsedMs: 0 },
        }),
    )
    .finally(() => {
      controller = null;
    });
}

/** Stops after the story being stored now (which is kept: each story is stored whole or not at all). */
export function cancelDownload(): void {
  if (state.status !== 'running' || !controller) return;
  setState({ ...state, cancelling: true });
  controller.abort();
}

/** Hides the last result. */
export function dismissDownloadResult(): void {
  if (state.status === 'finished') setState({ status: 'idle' });
}
