// A post's featured image (_embedded['wp:featuredmedia'][0]) as a Lede image: renditions, caption, IPTC credit, alt.
import type { Image } from '../../image';
import { decodeEntities } from './decode-entities';
import { splitCaption } from './figures';
import { parseInertHtml } from './inert-html';
import { ledeImageUrl } from './links';
import { mediaRenditions } from './media-renditions';
import type { WordPressMedia } from './schemas';

/**
 * The featured image as Lede shows a hero or a card thumbnail; null when it is not an image, has no safe address
 * or no known size. Renditions are the sizes WordPress generated with the original's proportions.
 */
export function imageFromMedia(media: WordPressMedia | null, siteUrl: string): Image | null {
  if (!media || media.media_type !== 'image') return null;
  const url = ledeImageUrl(media.source_url, siteUrl);
  const { width, height, filesize, sizes, image_meta } = media.media_details;
  if (!url || !width || !height) return null;
  const original = { source_url: media.source_url, width, height, filesize };
  // Each rendition with its file's size where WordPress says it (the data saver's "Load photo (size)").
  const bytes = new Map([...sizes, original].map((size) => [size.width, size.filesize]));
  const renditions = mediaRenditions(original, sizes, (src) => ledeImageUrl(src, siteUrl)).map((rendition) => {
    const size = bytes.get(rendition.width);
    return size === undefined ? rendition : { ...rendition, bytes: size };
  });
  // The caption is HTML; a credit written into it ("Photo: …") counts when the IPTC credit is empty.
  const fromCaption = splitCaption(parseInertHtml(media.caption.rendered));
  const credit = decodeEntities(image_meta.credit).trim() || fromCaption.credit;
  return {
    url,
    width,
    height,
    alt: decodeEntities(media.alt_text).trim(),
    ...(fromCaption.caption ? { caption: fromCaption.caption } : {}),
    ...(credit ? { credit } : {}),
    renditions,
  };
}
