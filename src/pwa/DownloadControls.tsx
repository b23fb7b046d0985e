// "Download for offline" wired to the app: the button (masthead, front page), its progress panel, and the refresh
// the reader can ask for when Lede opens on an unmetered connection.
import { useEffect } from 'react';
import { DownloadPanel } from '../components/DownloadPanel';
import { formatBytes } from '../lib/bytes';
import { connectionKind, readAutoRefresh } from '../lib/download-settings';
import { useRefreshSaved } from '../queries/saved';
import type { DownloadResult } from './download';
import { cancelDownload, dismissDownloadResult, startDownload, useDownloadState, type DownloadState } from './download-state';

const stories = (n: number) => `${n} ${n === 1 ? 'story' : 'stories'}`;

/** What the panel says about a finished download. */
export function resultMessage(result: DownloadResult): string {
  const ready = result.saved + result.skipped;
  const size = result.bytes > 0 ? ` (${formatBytes(result.bytes)} downloaded)` : '';
  const missed = result.failed > 0 ? ` ${stories(result.failed)} could not be downloaded; try again later.` : '';
  if (result.outcome === 'complete') return `Ready offline: ${ready} of ${stories(result.total)}${size}.${missed}`;
  if (result.outcome === 'cancelled') return `Download cancelled. ${ready} of ${stories(result.total)} are ready offline${size}; nothing saved before was removed.`;
  if (result.total === 0) return `The download could not start. ${result.error?.message ?? ''}`.trim();
  return `The download stopped after ${ready} of ${stories(result.total)}: ${result.error?.message ?? 'something went wrong.'} Stories saved so far are kept.`;
}

function panelFor(state: DownloadState) {
  if (state.status === 'running') {
    const { progress, cancelling } = state;
    const message = progress
      ? `Downloading for offline: ${progress.done} of ${stories(progress.total)}, ${formatBytes(progress.bytes)}`
      : 'Finding the top stories…';
    return <DownloadPanel message={message} progress={progress ? { value: progress.done, max: progress.total } : { value: 0, max: 1 }} cancelling={cancelling} onCancel={cancelDownload} />;
  }
  if (state.status === 'finished') {
    const { result } = state;
    return <DownloadPanel message={resultMessage(result)} failed={result.outcome === 'failed'} onClose={dismissDownloadResult} />;
  }
  return null;
}

/** The progress panel of the one download the app runs at a time. */
export function DownloadStatus() {
  return panelFor(useDownloadState());
}

export function DownloadButton({ className }: { className: string }) {
  const state = useDownloadState();
  const refreshSaved = useRefreshSaved();
  const running = state.status === 'running';
  return (
    // Pressing it again while a download runs does nothing (the panel has Cancel); it keeps focus, so no `disabled`.
    <button type="button" className={className} aria-disabled={running || undefined} onClick={() => void startDownload(refreshSaved)}>
      Download for offline
    </button>
  );
}

/** Once per app start, after the page has loaded: refreshes the download if the reader asked and the connection allows. */
let autoRefreshChecked = false;

export function useAutoRefreshDownload(): void {
  const refreshSaved = useRefreshSaved();
  useEffect(() => {
    if (autoRefreshChecked) return;
    autoRefreshChecked = true;
    if (!readAutoRefresh() || connectionKind() !== 'unmetered' || !navigator.onLine) return;
    const run = () => void startDownload(refreshSaved, { quiet: true });
    // Off the critical path: the reader's page finishes loading first.
    const later = () => setTimeout(run, 1000);
    if (document.readyState === 'complete') later();
    else window.addEventListener('load', later, { once: true });
  }, [refreshSaved]);
}
