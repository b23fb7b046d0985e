// A live page's posts: the "N new posts" slot, a bounded window of posts newest first, and "Show older posts".
import { useLayoutEffect, useRef, type ReactNode } from 'react';
import type { Post } from '../../../api/post';
import { LivePost } from '../../../components/LivePost';
import { NewPostsButton } from '../../../components/NewPostsButton';
import { RetryNotice } from '../../../components/RetryNotice';
import { Timestamp } from '../../../components/Timestamp';
import { postAnchor } from '../../../lib/live-anchors';
import { windowRange, type PostWindow } from '../../../model/live-window';
import { live as words } from '#words/live';

interface Props {
  posts: readonly Post[];
  window: PostWindow;
  pendingCount: number;
  /** Posts to mark "New since your last visit". */
  marked: ReadonlySet<string>;
  /** The pinned post, shown in full above: in the list it keeps its place and address as a short pointer. */
  pinnedId: string | null;
  hasOlder: boolean;
  older: { loading: boolean; error: unknown };
  onShowNew: () => void;
  onShowOlder: () => void;
  onShowNewer: () => void;
  /** A post's own controls (Listen). */
  postTools?: (post: Post) => ReactNode;
}

/** The pinned post's place in the timeline: its time and title, and a link to it in full at the top. */
function PinnedPointer({ post }: { post: Post }) {
  return (
    <article id={postAnchor(post.id)} className="live-post live-post--pointer" tabIndex={-1} aria-label={post.title ?? words.pinnedPost}>
      <p className="live-post__header">
        <a className="live-post__time" href={`#${postAnchor(post.id)}`}>
          <Timestamp iso={post.publishedAt} />
        </a>
      </p>
      <p>
        {words.pinnedAt(post.title ?? null)} <a href={`#pinned-${postAnchor(post.id)}`}>{words.readThere}</a>
      </p>
    </article>
  );
}

export function LiveFeed({
  posts,
  window: postWindow,
  pendingCount,
  marked,
  pinnedId,
  hasOlder,
  older,
  onShowNew,
  onShowOlder,
  onShowNewer,
  postTools,
}: Props) {
  const { start, end } = windowRange(posts, postWindow);
  const rendered = posts.slice(start, end);
  const moreBelow = end < posts.length || hasOlder;
  const lastRef = useRef<{ id: string; top: number } | null>(null);

  // "Show older posts" can take the newest page out of the DOM: keep the post above the button where it was.
  useLayoutEffect(() => {
    const anchor = lastRef.current;
    if (!anchor) return;
    const element = document.getElementById(postAnchor(anchor.id));
    if (!element) return;
    lastRef.current = null;
    const moved = element.getBoundingClientRect().top - anchor.top;
    if (Math.abs(moved) > 0.5) window.scrollBy(0, moved);
  });

  const showOlder = () => {
    const last = rendered.at(-1);
    const element = last && document.getElementById(postAnchor(last.id));
    lastRef.current = last && element ? { id: last.id, top: element.getBoundingClientRect().top } : null;
    onShowOlder();
  };

  return (
    <section className="live-posts" aria-labelledby="live-posts-heading">
      <h2 id="live-posts-heading" className="live-posts__heading" tabIndex={-1}>
        {words.latest}
      </h2>
      <NewPostsButton count={pendingCount} onShow={onShowNew} />
      {start > 0 && (
        <button type="button" className="live-posts__more" onClick={onShowNewer}>
          {words.newer}
        </button>
      )}
      <ol className="live-posts__list">
        {rendered.map((post) => (
          <li key={post.id}>
            {post.id === pinnedId ? <PinnedPointer post={post} /> : <LivePost post={post} isNew={marked.has(post.id)} tools={postTools} />}
          </li>
        ))}
      </ol>
      {posts.length === 0 && <p className="live-posts__empty">{words.none}</p>}
      <div className="live-posts__footer">
        {older.error ? (
          <RetryNotice what={words.older} error={older.error} onRetry={showOlder} retrying={older.loading} />
        ) : moreBelow ? (
          <button type="button" className="live-posts__more" aria-disabled={older.loading} onClick={() => older.loading || showOlder()}>
            {older.loading ? words.loadingOlder : words.showOlder}
          </button>
        ) : (
          posts.length > 0 && <p className="live-posts__end">{words.began}</p>
        )}
      </div>
    </section>
  );
}
