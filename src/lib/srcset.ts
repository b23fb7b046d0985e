// `srcset` read and written: a srcset attribute tokenised as the HTML standard does, and one written from renditions.
import { renditionsByWidth, type Rendition } from './renditions';

export interface SrcSetCandidate {
  /** As written in `srcset` (whitespace and commas escaped), so also the URL the browser requests. */
  url: string;
  width: number;
}

/** Widths a photo can have; a larger `w` descriptor is a mistake, not a photo. */
const MAX_WIDTH = 100_000;

const isSpace = (c: string | undefined) => c === ' ' || c === '\t' || c === '\n' || c === '\r' || c === '\f';

/** The [url, descriptor] candidates of a srcset, tokenised as the HTML standard does (URLs may contain commas). */
function candidates(srcset: string): Array<[string, string]> {
  const found: Array<[string, string]> = [];
  let i = 0;
  while (i < srcset.length) {
    while (i < srcset.length && (isSpace(srcset[i]) || srcset[i] === ',')) i += 1;
    const start = i;
    while (i < srcset.length && !isSpace(srcset[i])) i += 1;
    let end = i;
    while (end > start && srcset[end - 1] === ',') end -= 1;
    const url = srcset.slice(start, end);
    let descriptor = '';
    // A URL that ended in commas ends its candidate: no descriptor follows.
    if (end === i) {
      const from = i;
      while (i < srcset.length && srcset[i] !== ',') i += 1;
      descriptor = srcset.slice(from, i).trim();
    }
    if (url) found.push([url, descriptor]);
  }
  return found;
}

/** The width-described candidates of a `srcset` ("a.jpg 1024w, b.jpg 300w"), as written; others ("2x") are skipped. */
export function parseSrcset(srcset: string): Rendition[] {
  return candidates(srcset).flatMap(([url, descriptor]) => {
    const width = /^\d{1,6}w$/.test(descriptor) ? Number.parseInt(descriptor, 10) : 0;
    return width >= 1 && width <= MAX_WIDTH ? [{ url, width }] : [];
  });
}

/** The safe renditions as `srcset` candidates, narrowest first. */
export function srcSetCandidates(image: { renditions: readonly Rendition[] }): SrcSetCandidate[] {
  // Whitespace and commas separate srcset candidates, so they are escaped inside URLs.
  const escape = (url: string) => url.replace(/[\s,]/g, (c) => encodeURIComponent(c));
  return renditionsByWidth(image.renditions).map(({ url, width }) => ({ url: escape(url), width }));
}

/** `srcset` for the safe renditions, widest last; undefined when there are none. */
export function buildSrcSet(image: { renditions: readonly Rendition[] }): string | undefined {
  const written = srcSetCandidates(image);
  return written.length > 0 ? written.map((r) => `${r.url} ${r.width}w`).join(', ') : undefined;
}
