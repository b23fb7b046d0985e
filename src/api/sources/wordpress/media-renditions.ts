// A WordPress image's renditions: the sizes WordPress made with the original's proportions, and the original itself
// (the square thumbnail and other crops show less of the photo, so they are not renditions of it).
import { renditionsByWidth, type Rendition } from '../../../lib/renditions';

/** Sizes whose shape differs from the original's by more than this are crops. */
const RATIO_TOLERANCE = 0.02;

/** One file of an image, as `media_details.sizes.*` and the attachment itself describe it. */
export interface MediaSize {
  source_url: string;
  width: number;
  height: number;
}

/** The renditions of `original` among its `sizes` and itself, narrowest first, with addresses as `address` gives them. */
export function mediaRenditions(original: MediaSize, sizes: readonly MediaSize[], address: (url: string) => string | null): Rendition[] {
  const ratio = original.width / original.height;
  const sameShape = [...sizes, original].filter((size) => Math.abs(size.width / size.height - ratio) <= ratio * RATIO_TOLERANCE);
  return renditionsByWidth(
    sameShape.map((size) => ({ url: size.source_url, width: size.width })),
    address,
  );
}
