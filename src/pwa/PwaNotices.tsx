// Connectivity and update notices: polite, non-modal, never reloading on their own.
import { usePwaState } from './store';
import { masthead } from '#words/masthead';

export function PwaNotices() {
  const { online, backOnline, applyUpdate } = usePwaState();
  return (
    <div className="pwa-notices" role="status" aria-live="polite">
      {!online && <p className="pwa-notice pwa-notice--offline">{masthead.offline}</p>}
      {online && backOnline && <p className="pwa-notice pwa-notice--online">{masthead.online}</p>}
      {applyUpdate && (
        <p className="pwa-notice pwa-notice--update">
          {masthead.update}{' '}
          <button type="button" onClick={applyUpdate}>
            {masthead.reload}
          </button>
        </p>
      )}
    </div>
  );
}
