// "Download for offline" wired to the app: the button (masthead, front page), its progress panel, and the refresh
// the reader can ask for when Lede opens on an unmetered connection.
import { lazy, Suspense, useEffect } from 'react';
import { connectionKind, readAutoRefresh } from '../lib/download-settings';
import { useContentSource } from '../queries/client';
import { useRefreshSaved } from './saved-queries';
import { startDownload, useDownloadState } from './download-state';

// The panel's code loads with the first download, not with every page.
const DownloadProgress = lazy(async () => ({ default: (await import('./DownloadProgress')).DownloadProgress }));

/** The progress panel of the one download the app runs at a time. */
export function DownloadStatus() {
  const state = useDownloadState();
  if (state.status === 'idle') return null;
  return (
    <Suspense fallback={null}>
      <DownloadProgress state={state} />
    </Suspense>
  );
}

export function DownloadButton({ className }: { className: string }) {
  const state = useDownloadState();
  const source = useContentSource();
  const refreshSaved = useRefreshSaved();
  const running = state.status === 'running';
  return (
    // Pressing it again while a download runs does nothing (the panel has Cancel); it keeps focus, so no `disabled`.
    <button type="button" className={className} aria-disabled={running || undefined} onClick={() => void startDownload(source, refreshSaved)}>
      Download for offline
    </button>
  );
}

/** Once per app start, after the page has loaded: refreshes the download if the reader asked and the connection allows. */
let autoRefreshChecked = false;

export function useAutoRefreshDownload(): void {
  const source = useContentSource();
  const refreshSaved = useRefreshSaved();
  useEffect(() => {
    if (autoRefreshChecked) return;
    autoRefreshChecked = true;
    if (!readAutoRefresh() || connectionKind() !== 'unmetered' || !navigator.onLine) return;
    const run = () => void startDownload(source, refreshSaved, { quiet: true });
    // Off the critical path: the reader's page finishes loading first.
    const later = () => setTimeout(run, 1000);
    if (document.readyState === 'complete') later();
    else window.addEventListener('load', later, { once: true });
  }, [source, refreshSaved]);
}
