// "This story has been updated · Show": a polite, non-modal offer that never moves the text under the reader.
export function UpdateNotice({ onShow }: { onShow: () => void }) {
  return (
    <div className="update-notice" role="status" aria-live="polite">
      <p>
        This story has been updated <span aria-hidden="true">·</span>{' '}
        <button type="button" onClick={onShow}>
          Show
        </button>
      </p>
    </div>
  );
}
