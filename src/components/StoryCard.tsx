// A compact story link for lists: thumbnail, title, short dek and date.
import { Link } from 'react-router';
import type { Summary } from '../api/summary';
import { formatShortDate } from '../lib/dates';
import { safeImageSrc } from '../lib/safe-url';
import { buildSrcSet } from '../lib/srcset';

interface Props {
  story: Summary;
  headingLevel?: 'h2' | 'h3';
  showThumbnail?: boolean;
  showDek?: boolean;
}

export function StoryCard({ story, headingLevel: Heading = 'h3', showThumbnail = true, showDek = true }: Props) {
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
          <Link to={`/story/${story.slug}`}>{story.headline}</Link>
        </Heading>
        {showDek && story.dek && <p className="story-card__dek">{story.dek}</p>}
        <p className="story-card__date">
          <time dateTime={story.publishedAt}>{formatShortDate(story.publishedAt)}</time>
        </p>
      </div>
    </article>
  );
}
