// "Continue where you stopped?": an offer, fixed in place so it moves nothing, that the reader may ignore.
import { changes as words } from '#words/changes';

export function ResumeReading({ progress, onResume, onDismiss }: { progress: number; onResume: () => void; onDismiss: () => void }) {
  return (
    <div className="resume-reading" role="region" aria-label={words.resume}>
      <p>
        {words.progress(progress)}{' '}
        <button type="button" onClick={onResume}>
          {words.carryOn}
        </button>{' '}
        <button type="button" onClick={onDismiss} aria-label={words.top}>
          {words.no}
        </button>
      </p>
    </div>
  );
}
