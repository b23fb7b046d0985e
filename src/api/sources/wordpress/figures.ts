// Lede images from WordPress markup: an <img> with its srcset renditions, and a figcaption split into caption and credit.
import type { Image } from '../../image';

type Rendition = Image['renditions'][number];
import { ledeImageUrl } from './links';
import { splitCredit, trimSeparators } from './credit';
import { plainText, tagOf } from './inert-html';

/** Positive whole pixels, or null. */
function pixels(value: string | null | undefined): number | null {
  if (!value || !/^\s*\d+\s*$/.test(value)) return null;
  const number = Number.parseInt(value, 10);
  return number >= 1 && number <= 100_000 ? number : null;
}

/** The [url, descriptor] candidates of a srcset, tokenised as the HTML standard does (URLs may contain commas). */
function srcsetCandidates(srcset: string): Array<[string, string]> {
  const candidates: Array<[string, string]> = [];
  const isSpace = (c: string | undefined) => c === ' ' || c === '\t' || c === '\n' || c === '\r' || c === '\f';
  let i = 0;
  while (i < srcset.length) {
    while (i < srcset.length && (isSpace(srcset[i]) || srcset[i] === ',')) i += 1;
    const start = i;
    while (i < srcset.length && !isSpace(srcset[i])) i += 1;
    let url = srcset.slice(start, i);
    let descriptor = '';
    if (url.endsWith(',')) url = url.replace(/,+$/, '');
    else {
      const from = i;
      while (i < srcset.length && srcset[i] !== ',') i += 1;
      descriptor = srcset.slice(from, i).trim();
    }
    if (url) candidates.push([url, descriptor]);
  }
  return candidates;
}

/** The width-described candidates of a `srcset` ("a.jpg 1024w, b.jpg 300w"), narrowest first; others ("2x") are skipped. */
export function parseSrcset(srcset: string, siteUrl?: string): Rendition[] {
  const renditions: Rendition[] = [];
  for (const [url, descriptor] of srcsetCandidates(srcset)) {
    const width = /^\d+w$/.test(descriptor) ? pixels(descriptor.slice(0, -1)) : null;
    const safe = ledeImageUrl(url, siteUrl);
    if (safe && width && !renditions.some((r) => r.width === width)) renditions.push({ url: safe, width });
  }
  return renditions.sort((a, b) => a.width - b.width);
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
export function imageFromImg(img: Element, figcaption: Element | null, siteUrl?: string): Image | null {
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
    renditions: parseSrcset(img.getAttribute('srcset') ?? img.getAttribute('data-srcset') ?? '', siteUrl),
  };
}
