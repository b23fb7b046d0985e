// "This story has been updated · Show": a polite, non-modal offer that never moves the text under the reader.
import { changes as words } from '#words/changes';

export function UpdateNotice({ onShow }: { onShow: () => void }) {
  return (
    <div className="update-notice" role="status" aria-live="polite">
      <p>
        {words.updated} <span aria-hidden="true">·</span>{' '}
        <button type="button" onClick={onShow}>
          {words.show}
        </button>
      </p>
    </div>
  );
}
