// "3 new posts": the offer to show posts that arrived, in a slot whose size never changes (nothing moves when it
// appears), announced politely to assistive technology.
interface Props {
  count: number;
  onShow: () => void;
}

export const newPostsLabel = (count: number) => `${count} new ${count === 1 ? 'post' : 'posts'}`;

export function NewPostsButton({ count, onShow }: Props) {
  return (
    <div className="new-posts">
      <p className="visually-hidden" role="status" aria-live="polite">
        {count > 0 ? `${newPostsLabel(count)}. Use the button “Show ${newPostsLabel(count)}” to read ${count === 1 ? 'it' : 'them'}.` : ''}
      </p>
      {count > 0 && (
        <button type="button" className="new-posts__button" onClick={onShow}>
          <span aria-hidden="true">↑ </span>Show {newPostsLabel(count)}
        </button>
      )}
    </div>
  );
}
