// What the download panel says while a download runs and after it ends (loaded only once a download starts).
import { errorMessage } from '../components/describe-error';
import { DownloadPanel } from '../components/DownloadPanel';
import { formatBytes } from '../lib/bytes';
import { dataSaverOn } from '../lib/data-saver';
import type { DownloadResult } from './download';
import { cancelDownload, dismissDownloadResult, type DownloadState } from './download-state';
import { download as words } from '#words/download';

/** What the panel says about a finished download. */
export function resultMessage(result: DownloadResult): string {
  const ready = result.saved + result.skipped;
  const size = result.bytes > 0 ? formatBytes(result.bytes) : null;
  if (result.outcome === 'complete') return words.ready(ready, result.total, size, result.failed);
  if (result.outcome === 'cancelled') return words.cancelled(ready, result.total, size);
  if (result.total === 0) return words.notStarted(result.error ? errorMessage(result.error) : '');
  return words.stopped(ready, result.total, result.error ? errorMessage(result.error) : null);
}

export function DownloadProgress({ state }: { state: DownloadState }) {
  if (state.status === 'running') {
    const { progress, cancelling } = state;
    const message = progress ? words.running(dataSaverOn(), progress.done, progress.total, formatBytes(progress.bytes)) : words.finding;
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
