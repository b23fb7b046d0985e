// "Save for offline" on a story: saves, shows it is saved, lets the reader remove it, and explains failures.
interface Props {
  saved: boolean;
  busy: boolean;
  error: string | null;
  onSave: () => void;
  onRemove: () => void;
}

export function SaveStoryButton({ saved, busy, error, onSave, onRemove }: Props) {
  return (
    <div className="save-story">
      {saved ? (
        <>
          <span className="save-story__state">Saved for offline reading</span>{' '}
          <button type="button" onClick={onRemove} disabled={busy}>
            Remove from saved
          </button>
        </>
      ) : (
        <button type="button" onClick={onSave} disabled={busy} aria-describedby={error ? 'save-story-error' : undefined}>
          {busy ? 'Saving…' : 'Save for offline'}
        </button>
      )}
      <p id="save-story-error" className="save-story__error" role="alert">
        {error}
      </p>
    </div>
  );
}
