// A photo with its caption and separate credit; sized up front so nothing shifts as it loads. With the data saver on,
// the photo waits for the reader (PhotoOnRequest, loaded only then); the server's HTML is always the photo's
// (docs/data-saver.md: what a page rendered ahead shows and fetches before the app runs).
import { lazy, Suspense, useState } from 'react';
import type { Image } from '../api/image';
import { dataSaverOn } from '../lib/data-saver';
import { useHydrated } from '../lib/hydration';
import { safeImageSrc } from '../lib/safe-url';
import { STORY_IMAGE_SIZES } from '../lib/image-sizes';
import { buildSrcSet } from '../lib/srcset';
import { parts as words } from '#words/parts';

const PhotoOnRequest = lazy(() => import('./PhotoOnRequest').then((module) => ({ default: module.PhotoOnRequest })));

interface Props {
  image: Image;
  /** The hero photo is the page's largest paint: load it first. */
  priority?: boolean;
  sizes?: string;
}

export function Figure({ image, priority = false, sizes = STORY_IMAGE_SIZES }: Props) {
  // Only the device knows the reader's choice: hydration adopts the server's photo, the next render keeps its place;
  // a hero adopted from the server's HTML stays, as its preload there had the browser fetch it before any script ran.
  const hydrated = useHydrated();
  const [adopted] = useState(!hydrated);
  const saving = hydrated && dataSaverOn() && !(adopted && priority);
  const src = safeImageSrc(image.url);
  if (!src) return null;
  const hasCaption = Boolean(image.caption || image.credit);
  return (
    <figure className="figure">
      {saving ? (
        <Suspense fallback={<div className="figure__on-request" style={{ aspectRatio: `${image.width}/${image.height}` }} />}>
          <PhotoOnRequest image={image} />
        </Suspense>
      ) : (
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
      )}
      {hasCaption && (
        <figcaption className="figure__caption">
          {image.caption && <span className="figure__caption-text">{image.caption}</span>}
          {image.credit && (
            <span className="figure__credit">
              <span className="visually-hidden">{words.photo}</span>
              {image.credit}
            </span>
          )}
        </figcaption>
      )}
    </figure>
  );
}
