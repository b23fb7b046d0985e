// A compact story link for lists: thumbnail, title, short standfirst and date.
import type { ReactNode } from 'react';
import { AppLink } from './AppLink';
import type { Summary } from '../api/summary';
import { formatShortDate } from '../lib/dates';
import { safeImageSrc } from '../lib/safe-url';
import { buildSrcSet } from '../lib/srcset';

interface Props {
  story: Summary;
  headingLevel?: 'h2' | 'h3' | 'h4';
  showThumbnail?: boolean;
  showStandfirst?: boolean;
  /** The reader may be about to open this story (hover or focus): a chance to fetch it early. */
  onIntent?: (slug: string) => void;
  /** Replaces the plain headline text in the link, e.g. with search matches highlighted. */
  title?: ReactNode;
  /** Replaces the plain standfirst, e.g. with search matches highlighted. */
  children?: ReactNode;
}

export function StoryCard({ story, headingLevel: Heading = 'h3', showThumbnail = true, showStandfirst = true, onIntent, title, children }: Props) {
  const thumb = story.thumbnail;
  // The smallest rendition is the fallback src; srcset lets the browser pick for its screen density.
  const smallest = thumb?.renditions.reduce((min, r) => (r.width < min.width ? r : min), thumb.renditions[0]!);
  const src = thumb ? (smallest && safeImageSrc(smallest.url)) || safeImageSrc(thumb.url) : null;
  return (
    <article className="story-card">
      {showThumbnail && thumb && src && (
        <img
          className="story-card__thumb"
          src={src}
          srcSet={buildSrcSet(thumb)}
          sizes="8rem"
          width={thumb.width}
          height={thumb.height}
          alt=""
          loading="lazy"
          decoding="async"
        />
      )}
      <div className="story-card__text">
        <Heading className="story-card__title">
          <AppLink
            to={`/story/${story.slug}`}
            onMouseEnter={onIntent && (() => onIntent(story.slug))}
            onFocus={onIntent && (() => onIntent(story.slug))}
          >
            {title ?? story.headline}
          </AppLink>
        </Heading>
        {children ?? (showStandfirst && story.standfirst && <p className="story-card__standfirst">{story.standfirst}</p>)}
        <p className="story-card__date">
          <time dateTime={story.publishedAt}>{formatShortDate(story.publishedAt)}</time>
        </p>
      </div>
    </article>
  );
}
