// The photos of a WordPress post response (`posts?slug=…&_embed`) that the worker keeps with a story for offline reading.
// The worker has no DOM, so the body's <img> tags are read with patterns; a miss only means a photo is not prefetched.

type Json = Record<string, unknown>;

const record = (value: unknown): Json | null => (value && typeof value === 'object' && !Array.isArray(value) ? (value as Json) : null);

/** Attribute values are HTML-escaped: `&amp;` in a URL's query is `&`. */
const unescape = (value: string) => value.replace(/&amp;|&#0?38;/g, '&');

/** The narrowest `w` candidate of a srcset, else `src`. */
function smallestOf(src: string | undefined, srcset: string | undefined): string | undefined {
  const candidates = (srcset ?? '')
    .split(/,\s+/)
    .map((candidate) => /^(\S+)\s+(\d+)w$/.exec(candidate.trim()))
    .flatMap((match) => (match?.[1] && match[2] ? [{ url: match[1], width: Number(match[2]) }] : []))
    .sort((a, b) => a.width - b.width);
  return candidates[0]?.url ?? src;
}

/** The smallest size of the featured image and of every photo in the body. */
export function wordpressStoryImages(response: unknown): string[] {
  const post = Array.isArray(response) ? record(response[0]) : null;
  if (!post) return [];
  const urls: string[] = [];
  const embedded = record(post._embedded);
  const media = Array.isArray(embedded?.['wp:featuredmedia']) ? record(embedded['wp:featuredmedia'][0]) : null;
  const sizes = Object.values(record(record(media?.media_details)?.sizes) ?? {})
    .map(record)
    .filter((size): size is Json => typeof size?.source_url === 'string' && typeof size.width === 'number' && size.width >= 300)
    .sort((a, b) => (a.width as number) - (b.width as number));
  const hero = (sizes[0]?.source_url as string | undefined) ?? (typeof media?.source_url === 'string' ? media.source_url : undefined);
  if (hero) urls.push(hero);
  const html = record(post.content)?.rendered;
  for (const [tag] of typeof html === 'string' ? html.matchAll(/<img\b[^>]*>/gi) : []) {
    const attribute = (name: string) => new RegExp(`\\s${name}\\s*=\\s*"([^"]*)"`, 'i').exec(tag)?.[1];
    const url = smallestOf(attribute('src'), attribute('srcset'));
    if (url) urls.push(unescape(url));
  }
  return [...new Set(urls)];
}
