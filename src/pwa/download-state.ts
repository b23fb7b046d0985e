// The one "Download for offline" run the whole app shows (masthead, front page, progress panel), and its cancel.
import { useSyncExternalStore } from 'react';
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
 * Starts a download from `source` unless one is running. `onStored` runs after each story is stored (and at the end), so lists of
 * saved stories can refresh. `quiet` (the automatic refresh) hides the result when it found nothing new to store.
 * The download's code loads only now.
 */
export async function startDownload(source: ContentSource, onStored: () => void, { quiet = false }: { quiet?: boolean } = {}): Promise<void> {
  if (state.status === 'running') return;
  controller = new AbortController();
  const { signal } = controller;
  setState({ status: 'running', progress: null, cancelling: false });
  let lastSaved = 0;
  try {
    const { downloadTopStories } = await import('./download');
    const result = await downloadTopStories(source, {
      signal,
      onProgress: (progress) => {
        if (state.status === 'running') setState({ ...state, progress });
        if (progress.saved !== lastSaved) onStored();
        lastSaved = progress.saved;
      },
    });
    const uneventful = result.outcome === 'complete' && result.saved === 0 && result.failed === 0;
    setState(quiet && uneventful ? { status: 'idle' } : { status: 'finished', result });
  } catch (error) {
    // Only a failure to load the download's code lands here; downloadTopStories reports its own failures.
    const failure = error instanceof Error ? error : new Error(String(error));
    setState({
      status: 'finished',
      result: { done: 0, total: 0, bytes: 0, saved: 0, skipped: 0, failed: 0, outcome: 'failed', error: failure, elapsedMs: 0 },
    });
  } finally {
    controller = null;
    onStored();
  }
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
