// "Save for offline" on a story: saves, shows it is saved, lets the reader remove it, and explains failures.
import { story as words } from '#words/story';
import { tools } from '#words/tools';

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
          <span className="save-story__state">{words.saved}</span>{' '}
          <button type="button" onClick={onRemove} disabled={busy}>
            {words.remove}
          </button>
        </>
      ) : (
        <button type="button" onClick={onSave} disabled={busy} aria-describedby={error ? 'save-story-error' : undefined}>
          {busy ? words.saving : tools.save}
        </button>
      )}
      <p id="save-story-error" className="save-story__error" role="alert">
        {error}
      </p>
    </div>
  );
}
