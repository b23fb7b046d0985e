// "3 new posts": the offer to show posts that arrived, in a slot whose size never changes (nothing moves when it
import { live as words } from '#words/live';

// appears), announced politely to assistive technology.
interface Props {
  count: number;
  onShow: () => void;
}

export function NewPostsButton({ count, onShow }: Props) {
  return (
    <div className="new-posts">
      <p className="visually-hidden" role="status" aria-live="polite">
        {count > 0 ? words.arrived(count) : ''}
      </p>
      {count > 0 && (
        <button type="button" className="new-posts__button" onClick={onShow}>
          <span aria-hidden="true">↑ </span>
          {words.show(count)}
        </button>
      )}
    </div>
  );
}
