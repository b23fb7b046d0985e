// Lede images from WordPress markup: an <img> with its srcset renditions, and a figcaption split into caption and credit.
import type { Image } from '../../image';
import { renditionsByWidth, type Rendition } from '../../../lib/renditions';
import { parseSrcset } from '../../../lib/srcset';
import { ledeImageUrl } from './links';
import { splitCredit, trimSeparators } from './credit';
import { plainText, tagOf } from './inert-html';

/** Positive whole pixels, or null. */
function pixels(value: string | null | undefined): number | null {
  if (!value || !/^\s*\d+\s*$/.test(value)) return null;
  const number = Number.parseInt(value, 10);
  return number >= 1 && number <= 100_000 ? number : null;
}

/** The renditions a `srcset` names ("a.jpg 1024w, b.jpg 300w"), resolved against the site, narrowest first. */
export function srcsetRenditions(srcset: string, siteUrl: string): Rendition[] {
  return renditionsByWidth(parseSrcset(srcset), (url) => ledeImageUrl(url, siteUrl));
}

/** "photo-1024x683.jpg" → 1024 × 683: WordPress names its resized files after their size. */
function sizeFromFileName(url: string): [number, number] | null {
  const match = /-(\d{2,5})x(\d{2,5})\.[a-z0-9]+(?:[?#].*)?$/i.exec(url);
  return match ? [Number(match[1]), Number(match[2])] : null;
}

/** A caption's words and its credit, when the credit is marked up or written in a recognisable way. */
export function splitCaption(figcaption: Element | null): { caption: string | undefined; credit: string | undefined } {
  if (!figcaption) return { caption: undefined, credit: undefined };
  const copy = figcaption.cloneNode(true) as Element;
  const marked = Array.from(copy.querySelectorAll('*')).find(
    (el) => /credit/i.test(el.getAttribute('class') ?? '') || ['cite', 'small'].includes(tagOf(el)),
  );
  const markedCredit = marked ? plainText(marked) : '';
  marked?.remove();
  const text = plainText(copy);
  const { caption, credit } = markedCredit ? { caption: trimSeparators(text), credit: markedCredit } : splitCredit(text);
  return { caption: caption || undefined, credit };
}

/**
 * A Lede image from an <img> (WordPress's own attributes: src, width, height, alt, srcset) and its figcaption;
 * null when it has no loadable address or no known size (Lede reserves every photo's space before it loads).
 */
export function imageFromImg(img: Element, figcaption: Element | null, siteUrl: string): Image | null {
  // Lazy-loading plugins leave a data: placeholder in src and the real address in data-src or data-lazy-src.
  const src = [img.getAttribute('src'), img.getAttribute('data-lazy-src'), img.getAttribute('data-src')]
    .map((raw) => (raw ? ledeImageUrl(raw, siteUrl) : null))
    .find(Boolean);
  if (!src) return null;
  const fromName = sizeFromFileName(src);
  const width = pixels(img.getAttribute('width')) ?? fromName?.[0];
  const height = pixels(img.getAttribute('height')) ?? fromName?.[1];
  if (!width || !height) return null;
  const { caption, credit } = splitCaption(figcaption);
  return {
    url: src,
    width,
    height,
    alt: (img.getAttribute('alt') ?? '').trim(),
    ...(caption === undefined ? {} : { caption }),
    ...(credit === undefined ? {} : { credit }),
    renditions: srcsetRenditions(img.getAttribute('srcset') ?? img.getAttribute('data-srcset') ?? '', siteUrl),
  };
}
