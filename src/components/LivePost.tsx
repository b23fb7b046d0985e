// One post of a live story: its time (a link to the post's own address), title, author and body blocks.
import type { ReactNode } from 'react';
import type { Post } from '../api/post';
import { formatPublicationTime } from '../lib/dates';
import { postAnchor } from '../lib/live-anchors';
import { StoryBody } from './StoryBody';
import { Timestamp } from './Timestamp';

interface Props {
  post: Post;
  /** Marked "New since your last visit". */
  isNew?: boolean;
  /** Pinned posts have their own section; their element id is distinct so each anchor stays unique. */
  pinned?: boolean;
  /** Controls for the post (Listen), in its header's corner, so that they move nothing when they appear. */
  tools?: ReactNode;
}

export function LivePost({ post, isNew = false, pinned = false, tools }: Props) {
  const anchor = postAnchor(post.id);
  const id = pinned ? `pinned-${anchor}` : anchor;
  const headingId = `${id}-title`;
  return (
    <article id={id} className={isNew ? 'live-post live-post--new' : 'live-post'} tabIndex={-1} aria-labelledby={post.title ? headingId : undefined}>
      <header className="live-post__header">
        {isNew && <p className="live-post__new">New since your last visit</p>}
        {post.keyEvent && <p className="live-post__key">Key event</p>}
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
            {post.author.role && <span className="live-post__role">, {post.author.role}</span>}
          </p>
        )}
        {post.updatedAt && post.updatedAt !== post.publishedAt && (
          <p className="live-post__edited">
            Updated <Timestamp iso={post.updatedAt} />
          </p>
        )}
        {tools}
      </header>
      <StoryBody
        blocks={post.body}
        ctaLabel={`From the newsroom, ${pinned ? 'pinned post' : `post of ${formatPublicationTime(post.publishedAt)}`}`}
      />
    </article>
  );
}
