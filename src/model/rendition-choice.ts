// Which photo rendition this device shows for a `sizes` + `srcset` pair, computed ahead of time (for downloads).
import type { Image } from '../api/image';
import { safeImageSrc } from '../lib/safe-url';
import { srcSetCandidates } from '../lib/srcset';

/** What the browser's choice depends on: the viewport and the screen's pixel density. */
export interface Viewport {
  /** CSS pixels; what `100vw` means. */
  width: number;
  devicePixelRatio: number;
  /** Evaluates a media condition such as `(min-width: 720px)`. */
  matches: (mediaCondition: string) => boolean;
}

/** `sizes` lengths use the browser's default font size (as media queries do), not the page's CSS. */
const DEFAULT_FONT_PX = 16;

/** The viewport this page runs in. */
export function currentViewport(): Viewport {
  return {
    width: window.innerWidth,
    devicePixelRatio: window.devicePixelRatio || 1,
    matches: (condition) => window.matchMedia(condition).matches,
  };
}

/** Splits at top-level commas (commas inside parentheses belong to a media condition or calc()). */
function splitTopLevel(text: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < text.length; i += 1) {
    const c = text[i];
    if (c === '(') depth += 1;
    else if (c === ')') depth -= 1;
    else if (c === ',' && depth === 0) {
      parts.push(text.slice(start, i).trim());
      start = i + 1;
    }
  }
  parts.push(text.slice(start).trim());
  return parts.filter(Boolean);
}

/** Where the parenthesis opening `text` closes (a media condition may be followed by a calc() with its own). */
function closingParen(text: string): number {
  let depth = 0;
  for (let i = 0; i < text.length; i += 1) {
    if (text[i] === '(') depth += 1;
    else if (text[i] === ')' && (depth -= 1) === 0) return i;
  }
  return text.length - 1;
}

/** A length in CSS pixels: `680px`, `100vw`, `8rem`, or calc() of those added and subtracted; null if unsupported. */
export function lengthInPixels(length: string, viewportWidth: number): number | null {
  const calc = /^calc\((.*)\)$/i.exec(length.trim());
  const expression = calc ? (calc[1] ?? '') : length.trim();
  const terms = expression.match(/[+-]|[0-9.]+[a-z%]*/gi);
  if (!terms || terms.join('').replace(/\s/g, '') !== expression.replace(/\s/g, '')) return null;
  let total = 0;
  let sign = 1;
  let expectOperand = true;
  for (const term of terms) {
    if (term === '+' || term === '-') {
      if (expectOperand) return null;
      sign = term === '+' ? 1 : -1;
      expectOperand = true;
      continue;
    }
    const match = /^([0-9.]+)(px|vw|rem|em)$/i.exec(term);
    if (!match || !expectOperand) return null;
    const value = Number(match[1]);
    const unit = match[2]?.toLowerCase();
    total += sign * (unit === 'px' ? value : unit === 'vw' ? (value * viewportWidth) / 100 : value * DEFAULT_FONT_PX);
    expectOperand = false;
  }
  return expectOperand ? null : total;
}

/** The slot width `sizes` gives on this viewport: the first entry whose media condition matches (default 100vw). */
export function slotWidth(sizes: string, viewport: Viewport): number {
  for (const entry of splitTopLevel(sizes)) {
    let condition: string | null = null;
    let length = entry;
    if (entry.startsWith('(')) {
      const close = closingParen(entry);
      condition = entry.slice(0, close + 1);
      length = entry.slice(close + 1).trim();
      // A bare `(…)` with no length after it is calc-less garbage; skip it as browsers do.
      if (!length) continue;
    }
    if (condition && !viewport.matches(condition)) continue;
    const pixels = lengthInPixels(length, viewport.width);
    if (pixels !== null && pixels > 0) return pixels;
  }
  return viewport.width;
}

/**
 * The URL the browser loads for this image with these `sizes`: the narrowest `w` candidate whose density reaches the
 * screen's (what Chromium does, checked by e2e/download.spec.ts), else the widest; the photo's own `src` when it has
 * no renditions. Null when no URL is safe.
 */
export function chooseRendition(image: Image, sizes: string, viewport: Viewport): string | null {
  const candidates = srcSetCandidates(image);
  if (candidates.length === 0) return safeImageSrc(image.url);
  const needed = slotWidth(sizes, viewport) * viewport.devicePixelRatio;
  return (candidates.find((candidate) => candidate.width >= needed) ?? candidates[candidates.length - 1])?.url ?? null;
}
