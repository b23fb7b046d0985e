// The progress of "Download for offline": what is happening, a progress bar, and Cancel or Close.
import { download as words } from '#words/download';

interface Props {
  message: string;
  /** Stories done of the total while a download runs; absent once it has ended. */
  progress?: { value: number; max: number } | null;
  /** A failure is announced at once (an alert); progress politely. */
  failed?: boolean;
  cancelling?: boolean;
  onCancel?: () => void;
  onClose?: () => void;
}

export function DownloadPanel({ message, progress = null, failed = false, cancelling = false, onCancel, onClose }: Props) {
  return (
    <section className={failed ? 'download-panel download-panel--failed' : 'download-panel'} aria-label={words.panel}>
      <p className="download-panel__message" role={failed ? 'alert' : 'status'}>
        {message}
      </p>
      {progress && <progress className="download-panel__bar" value={progress.value} max={Math.max(progress.max, 1)} aria-label={words.bar} />}
      <div className="download-panel__actions">
        {onCancel && (
          // aria-disabled, not disabled: the button keeps keyboard focus while the story in progress finishes.
          <button type="button" onClick={onCancel} aria-disabled={cancelling || undefined}>
            {cancelling ? words.cancelling : words.cancel}
          </button>
        )}
        {onClose && (
          <button type="button" onClick={onClose}>
            {words.close}
          </button>
        )}
      </div>
    </section>
  );
}
