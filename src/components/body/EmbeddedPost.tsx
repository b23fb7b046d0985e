// A social post rendered from data (never the network's own script), with a safe link to the original.
import type { BodyBlock } from '../../api/story';
import { Timestamp } from '../Timestamp';
import { ContentLink } from './InlineContent';

type EmbedBlock = Extract<BodyBlock, { type: 'embed' }>;

export function EmbeddedPost({ author, network, text, postedAt, url }: Omit<EmbedBlock, 'type'>) {
  return (
    <figure className="embedded-post">
      {text && (
        <blockquote className="embedded-post__text">
          <p>{text}</p>
        </blockquote>
      )}
      <figcaption className="embedded-post__meta">
        {author && (
          <>
            <span className="embedded-post__author">{author.name}</span> <span className="embedded-post__handle">{author.handle}</span>
          </>
        )}
        <span className="embedded-post__network">
          {author ? ' on ' : 'On '}
          {network}
          {postedAt && (
            <>
              , <Timestamp iso={postedAt} />
            </>
          )}
        </span>{' '}
        <ContentLink href={url}>{text ? 'View original post' : `View on ${network}`}</ContentLink>
      </figcaption>
    </figure>
  );
}
