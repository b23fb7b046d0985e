// What the download panel says while a download runs and after it ends (loaded only once a download starts).
import { DownloadPanel } from '../components/DownloadPanel';
import { formatBytes } from '../lib/bytes';
import { dataSaverOn } from '../lib/data-saver';
import type { DownloadResult } from './download';
import { cancelDownload, dismissDownloadResult, type DownloadState } from './download-state';

const stories = (n: number) => `${n} ${n === 1 ? 'story' : 'stories'}`;

/** What the panel says about a finished download. */
export function resultMessage(result: DownloadResult): string {
  const ready = result.saved + result.skipped;
  const size = result.bytes > 0 ? ` (${formatBytes(result.bytes)} downloaded)` : '';
  const missed = result.failed > 0 ? ` ${stories(result.failed)} could not be downloaded; try again later.` : '';
  if (result.outcome === 'complete') return `Ready offline: ${ready} of ${stories(result.total)}${size}.${missed}`;
  if (result.outcome === 'cancelled')
    return `Download cancelled. ${ready} of ${stories(result.total)} are ready offline${size}; nothing saved before was removed.`;
  if (result.total === 0) return `The download could not start. ${result.error?.message ?? ''}`.trim();
  return `The download stopped after ${ready} of ${stories(result.total)}: ${result.error?.message ?? 'something went wrong.'} Stories saved so far are kept.`;
}

export function DownloadProgress({ state }: { state: DownloadState }) {
  if (state.status === 'running') {
    const { progress, cancelling } = state;
    const message = progress
      ? `${dataSaverOn() ? 'Downloading text only (data saver)' : 'Downloading for offline'}: ${progress.done} of ${stories(progress.total)}, ${formatBytes(progress.bytes)}`
      : 'Finding the top stories…';
    return (
      <DownloadPanel
        message={message}
        progress={progress ? { value: progress.done, max: progress.total } : { value: 0, max: 1 }}
        cancelling={cancelling}
        onCancel={cancelDownload}
      />
    );
  }
  if (state.status === 'finished') {
    const { result } = state;
    return <DownloadPanel message={resultMessage(result)} failed={result.outcome === 'failed'} onClose={dismissDownloadResult} />;
  }
  return null;
}
