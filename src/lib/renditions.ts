// The one rule for a photo's renditions, wherever they come from (a story, a srcset, WordPress's sizes): an address
// the page may load, one per width, narrowest first.
import { safeImageSrc } from './safe-url';

/** One width of a photo (the contract's rendition, src/api/image.ts, has this shape). */
export interface Rendition {
  url: string;
  width: number;
}

/**
 * The renditions among `candidates`: each address as `address` gives it (dropped when it gives null; by default
 * Lede's own rule, safeImageSrc), the first of each whole width, narrowest first.
 */
export function renditionsByWidth(candidates: Iterable<Rendition>, address: (url: string) => string | null = safeImageSrc): Rendition[] {
  const byWidth = new Map<number, string>();
  for (const { url, width } of candidates) {
    if (!Number.isInteger(width) || width < 1 || byWidth.has(width)) continue;
    const loadable = address(url);
    if (loadable !== null) byWidth.set(width, loadable);
  }
  return Array.from(byWidth, ([width, url]) => ({ url, width })).sort((a, b) => a.width - b.width);
}

/** The same from JSON no schema has read (an early response, a cached one): items without a url and a width are skipped. */
export function renditionsFromJson(value: unknown, address?: (url: string) => string | null): Rendition[] {
  const items: unknown[] = Array.isArray(value) ? value : [];
  const candidates = items.flatMap((item) => {
    const { url, width } = (item ?? {}) as Record<string, unknown>;
    return typeof url === 'string' && typeof width === 'number' ? [{ url, width }] : [];
  });
  return renditionsByWidth(candidates, address);
}
