// "Download for offline" as the pages place it: the button renders and works at once, and the download's state, its
// panel and the automatic refresh load a moment after the page (DownloadControls.tsx), so no page's first load
// carries them.
import { useQueryClient } from '@tanstack/react-query';
import { lazy, Suspense } from 'react';
import { useContentSource } from '../queries/client';
import { masthead } from '#words/masthead';

const controls = () => import('./DownloadControls');
const LoadedButton = lazy(async () => ({ default: (await controls()).DownloadButton }));
const LoadedStatus = lazy(async () => ({ default: (await controls()).DownloadStatus }));
const LoadedAutoRefresh = lazy(async () => ({ default: (await controls()).AutoRefreshDownload }));

/** The same button until the controls' code is in: a press loads it and starts the download. */
function WaitingButton({ className }: { className: string }) {
  const source = useContentSource();
  const queryClient = useQueryClient();
  const start = () => void import('./download-state').then(({ startDownload }) => startDownload(source, queryClient));
  return (
    <button type="button" className={className} onClick={start}>
      {masthead.download}
    </button>
  );
}

export function DownloadButton({ className }: { className: string }) {
  return (
    <Suspense fallback={<WaitingButton className={className} />}>
      <LoadedButton className={className} />
    </Suspense>
  );
}

/** The progress panel of the one download the app runs at a time. */
export function DownloadStatus() {
  return (
    <Suspense fallback={null}>
      <LoadedStatus />
    </Suspense>
  );
}

/** Once per app start, after the page has loaded: refreshes the download if the reader asked and the connection allows. */
export function AutoRefreshDownload() {
  return (
    <Suspense fallback={null}>
      <LoadedAutoRefresh />
    </Suspense>
  );
}
