// A photo with its caption and separate credit; sized up front so nothing shifts as it loads.
import type { Image } from '../api/image';
import { safeImageSrc } from '../lib/safe-url';
import { STORY_IMAGE_SIZES } from '../lib/image-sizes';
import { buildSrcSet } from '../lib/srcset';

interface Props {
  image: Image;
  /** The hero photo is the page's largest paint: load it first. */
  priority?: boolean;
  sizes?: string;
}

export function Figure({ image, priority = false, sizes = STORY_IMAGE_SIZES }: Props) {
  const src = safeImageSrc(image.url);
  if (!src) return null;
  const hasCaption = Boolean(image.caption || image.credit);
  return (
    <figure className="figure">
      <img
        className="figure__image"
        src={src}
        srcSet={buildSrcSet(image)}
        sizes={sizes}
        width={image.width}
        height={image.height}
        alt={image.alt}
        loading={priority ? 'eager' : 'lazy'}
        decoding={priority ? 'sync' : 'async'}
        fetchPriority={priority ? 'high' : 'auto'}
      />
      {hasCaption && (
        <figcaption className="figure__caption">
          {image.caption && <span className="figure__caption-text">{image.caption}</span>}
          {image.credit && (
            <span className="figure__credit">
              <span className="visually-hidden">Photo: </span>
              {image.credit}
            </span>
          )}
        </figcaption>
      )}
    </figure>
  );
}
