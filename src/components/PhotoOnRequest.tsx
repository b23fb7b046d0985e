// A photo the data saver keeps until asked: its place shows what it shows and "Load photo (size)"; a press loads the
// narrowest rendition that fits that place, in the same box. Loaded by Figure only when the data saver is on.
import { useLayoutEffect, useRef, useState } from 'react';
import type { Image } from '../api/image';
import { formatBytes } from '../lib/bytes';
import { renditionsByWidth } from '../lib/renditions';
import { photo as words } from '#words/photo';

interface Chosen {
  url: string;
  bytes?: number | undefined;
}

/**
 * The narrowest of a photo's renditions (the photo itself counts, at its own width) at least `width` CSS px wide, else
 * the widest; null when none may load. One photo at the size its place needs, not a screen's density.
 */
export function smallestFitting(image: Image, width: number): Chosen | null {
  const usable = renditionsByWidth([...image.renditions, { url: image.url, width: image.width }]);
  const chosen = usable.find((rendition) => rendition.width >= width) ?? usable.at(-1);
  return chosen ? { url: chosen.url, bytes: image.renditions.find((rendition) => rendition.width === chosen.width)?.bytes } : null;
}

export function PhotoOnRequest({ image }: { image: Image }) {
  const place = useRef<HTMLDivElement>(null);
  const [rendition, setRendition] = useState<Chosen | null>(null);
  const [asked, setAsked] = useState(false);
  // The rendition depends on the width the layout gives the photo.
  useLayoutEffect(() => setRendition(smallestFitting(image, place.current?.clientWidth ?? image.width)), [image]);
  if (asked && rendition) {
    // Focus moves from the button, now gone, to the photo it loaded.
    return (
      <img
        ref={(node) => node?.focus()}
        tabIndex={-1}
        className="figure__image"
        src={rendition.url}
        width={image.width}
        height={image.height}
        alt={image.alt}
      />
    );
  }
  return (
    <div ref={place} className="figure__on-request" style={{ aspectRatio: `${image.width}/${image.height}` }}>
      {image.alt && <p className="figure__alt">{words.alt(image.alt)}</p>}
      <button type="button" disabled={!rendition} onClick={() => setAsked(true)}>
        {words.load(rendition?.bytes === undefined ? null : formatBytes(rendition.bytes))}
      </button>
    </div>
  );
}
