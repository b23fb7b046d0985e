// One post of a live story: its time (a link to the post's own address), title, author and body blocks.
import { memo, type ReactNode } from 'react';
import type { Post } from '../api/post';
import { formatPublicationTime } from '../lib/dates';
import { postAnchor } from '../lib/live-anchors';
import { StoryBody } from './StoryBody';
import { Timestamp } from './Timestamp';
import { live as words } from '#words/live';
import { byline } from '#words/byline';

interface Props {
  post: Post;
  /** Marked "New since your last visit". */
  isNew?: boolean;
  /** Pinned posts have their own section; their element id is distinct so each anchor stays unique. */
  pinned?: boolean;
  /**
   * Draws the post's controls (Listen), in its header's corner, so that they move nothing when they appear. A function
   * the page keeps stable, so a post whose props did not change is not drawn again (memo).
   */
  tools?: ((post: Post) => ReactNode) | undefined;
}

/**
 * Memoised: showing new posts or a poll's answer re-renders the feed, and redrawing every post in it (its body, its
 * times formatted anew) made "Show N new posts" a 300 ms tap on the calibrated phone (docs/performance.md).
 */
export const LivePost = memo(function LivePost({ post, isNew = false, pinned = false, tools }: Props) {
  const anchor = postAnchor(post.id);
  const id = pinned ? `pinned-${anchor}` : anchor;
  const headingId = `${id}-title`;
  return (
    <article id={id} className={isNew ? 'live-post live-post--new' : 'live-post'} tabIndex={-1} aria-labelledby={post.title ? headingId : undefined}>
      <header className="live-post__header">
        {isNew && <p className="live-post__new">{words.isNew}</p>}
        {post.keyEvent && <p className="live-post__key">{words.keyEvent}</p>}
        <a className="live-post__time" href={`#${anchor}`}>
          <Timestamp iso={post.publishedAt} />
        </a>
        {post.title && (
          <h3 id={headingId} className="live-post__title">
            {post.title}
          </h3>
        )}
        {post.author && (
          <p className="live-post__author">
            {post.author.name}
            {post.author.role && <span className="live-post__role">{byline.role(post.author.role)}</span>}
          </p>
        )}
        {post.updatedAt && post.updatedAt !== post.publishedAt && (
          <p className="live-post__edited">{words.edited(<Timestamp key="t" iso={post.updatedAt} />)}</p>
        )}
        {tools?.(post)}
      </header>
      <StoryBody blocks={post.body} ctaLabel={words.newsroom(pinned ? null : formatPublicationTime(post.publishedAt))} />
    </article>
  );
});
