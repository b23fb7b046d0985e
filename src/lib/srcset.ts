// Responsive image attributes built from an image's renditions.
import type { Image } from '../api/image';
import { safeImageSrc } from './safe-url';

export interface SrcSetCandidate {
  /** As written in `srcset` (whitespace and commas escaped), so also the URL the browser requests. */
  url: string;
  width: number;
}

/** The safe renditions as `srcset` candidates, narrowest first. */
export function srcSetCandidates(image: Image): SrcSetCandidate[] {
  // Whitespace and commas separate srcset candidates, so they are escaped inside URLs.
  const escape = (url: string) => url.replace(/[\s,]/g, (c) => encodeURIComponent(c));
  return image.renditions
    .flatMap((rendition) => {
      const url = safeImageSrc(rendition.url);
      return url ? [{ url: escape(url), width: rendition.width }] : [];
    })
    .sort((a, b) => a.width - b.width);
}

/** `srcset` for the safe renditions, widest last; undefined when there are none. */
export function buildSrcSet(image: Image): string | undefined {
  const candidates = srcSetCandidates(image);
  return candidates.length > 0 ? candidates.map((r) => `${r.url} ${r.width}w`).join(', ') : undefined;
}
