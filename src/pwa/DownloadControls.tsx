// "Download for offline" wired to the app: the button (masthead, front page), its progress panel, and the refresh
// the reader can ask for when Lede opens on an unmetered connection. Pages place them through Download.tsx, which
// loads this module after the page.
import { useQueryClient } from '@tanstack/react-query';
import { lazy, Suspense, useEffect } from 'react';
import { connectionKind, readAutoRefresh } from '../lib/download-settings';
import { useContentSource } from '../queries/client';
import { startDownload, useDownloadState } from './download-state';
import { masthead } from '#words/masthead';

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
  const queryClient = useQueryClient();
  const running = state.status === 'running';
  return (
    // Pressing it again while a download runs does nothing (the panel has Cancel); it keeps focus, so no `disabled`.
    <button type="button" className={className} aria-disabled={running || undefined} onClick={() => startDownload(source, queryClient)}>
      {masthead.download}
    </button>
  );
}

/** Once per app start, after the page has loaded: refreshes the download if the reader asked and the connection allows. */
let autoRefreshChecked = false;

export function AutoRefreshDownload(): null {
  const source = useContentSource();
  const queryClient = useQueryClient();
  useEffect(() => {
    if (autoRefreshChecked) return;
    autoRefreshChecked = true;
    if (!readAutoRefresh() || connectionKind() !== 'unmetered' || !navigator.onLine) return;
    const run = () => startDownload(source, queryClient, { quiet: true });
    // Off the critical path: the reader's page finishes loading first.
    const later = () => setTimeout(run, 1000);
    if (document.readyState === 'complete') later();
    else window.addEventListener('load', later, { once: true });
  }, [source, queryClient]);
  return null;
}
