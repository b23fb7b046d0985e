// Responsive image attributes built from an image's renditions.
import type { Image } from '../api/image';
import { safeImageSrc } from './safe-url';

/** `srcset` for the safe renditions, widest last; undefined when there are none. */
export function buildSrcSet(image: Image): string | undefined {
  const renditions = image.renditions
    .flatMap((rendition) => {
      const url = safeImageSrc(rendition.url);
      return url ? [{ url, width: rendition.width }] : [];
    })
    .sort((a, b) => a.width - b.width);
  // Whitespace and commas separate srcset candidates, so they are escaped inside URLs.
  const escape = (url: string) => url.replace(/[\s,]/g, (c) => encodeURIComponent(c));
  return renditions.length > 0 ? renditions.map((r) => `${escape(r.url)} ${r.width}w`).join(', ') : undefined;
}
