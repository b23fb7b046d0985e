// A social post rendered from data (never the network's own script), with a safe link to the original.
import type { BodyBlock } from '../../api/story';
import { Timestamp } from '../Timestamp';
import { ContentLink } from './InlineContent';
import { story as words } from '#words/story';

type EmbedBlock = Extract<BodyBlock, { type: 'embed' }>;

export function EmbeddedPost({ author, network, text, postedAt, url }: Omit<EmbedBlock, 'type'>) {
  return (
    <figure className="embedded-post">
      {text && (
        // A post from a social network is in whatever language its author wrote.
        <blockquote className="embedded-post__text" dir="auto">
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
          {words.on(network, Boolean(author))}
          {postedAt && (
            <>
              , <Timestamp iso={postedAt} />
            </>
          )}
        </span>{' '}
        <ContentLink href={url}>{text ? words.viewPost : words.viewOn(network)}</ContentLink>
      </figcaption>
    </figure>
  );
}
