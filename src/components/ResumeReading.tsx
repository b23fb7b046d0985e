// "Continue where you stopped?": an offer, fixed in place so it moves nothing, that the reader may ignore.
export function ResumeReading({ progress, onResume, onDismiss }: { progress: number; onResume: () => void; onDismiss: () => void }) {
  return (
    <div className="resume-reading" role="region" aria-label="Continue reading">
      <p>
        You read {Math.round(progress * 100)}% of this story.{' '}
        <button type="button" onClick={onResume}>
          Continue where you stopped
        </button>{' '}
        <button type="button" onClick={onDismiss} aria-label="Start from the top">
          No thanks
        </button>
      </p>
    </div>
  );
}
