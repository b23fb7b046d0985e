// A post answer read without its schema, as the early script (no valibot in the inline script) and the worker must:
// every field checked where it is read, anything unexpected read as missing.
import type { MediaSize } from './media-renditions';

export type Json = Record<string, unknown>;

export const jsonRecord = (value: unknown): Json | null => (value && typeof value === 'object' && !Array.isArray(value) ? (value as Json) : null);

/** The first post of a `posts?…` answer; null for anything else. */
export const firstPost = (answer: unknown): Json | null => (Array.isArray(answer) ? jsonRecord(answer[0]) : null);

/** A `{ rendered }` field's HTML; '' when missing or odd. */
export function rendered(value: unknown): string {
  const html = jsonRecord(value)?.rendered;
  return typeof html === 'string' ? html : '';
}

const isPixels = (value: unknown): value is number => typeof value === 'number' && Number.isInteger(value) && value >= 1;

function mediaSize(value: unknown): MediaSize | null {
  const { source_url, width, height } = jsonRecord(value) ?? {};
  return typeof source_url === 'string' && isPixels(width) && isPixels(height) ? { source_url, width, height } : null;
}

/** The post's featured image (`_embedded['wp:featuredmedia'][0]`): its original file and its sizes; null without a size. */
export function featuredMedia(post: Json): { original: MediaSize; sizes: MediaSize[] } | null {
  const embedded = jsonRecord(post._embedded)?.['wp:featuredmedia'];
  const media = Array.isArray(embedded) ? jsonRecord(embedded[0]) : null;
  const details = jsonRecord(media?.media_details);
  const original = mediaSize({ source_url: media?.source_url, width: details?.width, height: details?.height });
  if (!original) return null;
  return { original, sizes: Object.values(jsonRecord(details?.sizes) ?? {}).flatMap((size) => mediaSize(size) ?? []) };
}
