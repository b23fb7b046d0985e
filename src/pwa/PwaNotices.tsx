// Connectivity and update notices: polite, non-modal, never reloading on their own.
import { usePwaState } from './store';

export function PwaNotices() {
  const { online, backOnline, applyUpdate } = usePwaState();
  return (
    <div className="pwa-notices" role="status" aria-live="polite">
      {!online && <p className="pwa-notice pwa-notice--offline">You are offline. Saved and recently read stories still open.</p>}
      {online && backOnline && <p className="pwa-notice pwa-notice--online">You are back online.</p>}
      {applyUpdate && (
        <p className="pwa-notice pwa-notice--update">
          New version available{' '}
          <button type="button" onClick={applyUpdate}>
            Reload
          </button>
        </p>
      )}
    </div>
  );
}
