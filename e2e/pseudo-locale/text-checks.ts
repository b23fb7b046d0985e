// What the pseudo-locale run looks for on a page of the pseudo-localised build (build/pseudo-words.ts): text clipped by
// its box, text boxes overlapping in the masthead, a story's header and tools, and story cards, and visible words that
// are neither bracketed (the catalog's) nor the demo content's own.
import type { Page } from '@playwright/test';
import { stories, liveFixtures, topics } from '../../mocks/fixtures/publications/en';

/** Every string of the English demo content, one a line: text the catalogs do not hold. */
function contentStrings(value: unknown, into: string[] = []): string[] {
  if (typeof value === 'string') into.push(value);
  else if (Array.isArray(value)) value.forEach((item) => contentStrings(item, into));
  else if (value && typeof value === 'object') Object.values(value).forEach((item) => contentStrings(item, into));
  return into;
}
const CONTENT = contentStrings([stories, topics, liveFixtures]).join('\n');

/** The text of elements whose overflow hides or ellipsises what does not fit, where it does not fit. */
export function clippedText(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const clipped: string[] = [];
    for (const element of document.body.querySelectorAll<HTMLElement>('*')) {
      // Catalog text only (bracketed), in a box a reader sees (not a visually hidden one of 1 px).
      if (!element.textContent?.includes('[') || element.clientWidth <= 1 || !element.checkVisibility()) continue;
      const style = getComputedStyle(element);
      const hides = [style.overflowX, style.overflowY].some((value) => value === 'hidden' || value === 'clip') || style.textOverflow !== 'clip';
      if (!hides) continue;
      const wide = element.scrollWidth > element.clientWidth + 1 && style.overflowX !== 'visible';
      const tall = element.scrollHeight > element.clientHeight + 1 && style.overflowY !== 'visible';
      const ellipsised = style.textOverflow !== 'clip' && element.scrollWidth > element.clientWidth + 1;
      if (wide || tall || ellipsised) {
        const size = `${element.scrollWidth}×${element.scrollHeight} in ${element.clientWidth}×${element.clientHeight}`;
        clipped.push(`${element.tagName.toLowerCase()}.${element.className} (${size}): ${element.textContent.trim().slice(0, 80)}`);
      }
    }
    return clipped;
  });
}

/** Where distinct runs of text in the masthead, a story's header and tools, or one story card draw over each other. */
export function overlappingText(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const overlaps: string[] = [];
    const regions = document.querySelectorAll('.masthead__inner, .story-header, .story-tools, .story-card, .lead-story');
    for (const region of regions) {
      // Each line of each visible text run, as the browser laid it out.
      const lines: Array<{ node: Node; text: string; rect: DOMRect }> = [];
      const walker = document.createTreeWalker(region, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const text = node.textContent?.trim() ?? '';
        const parent = node.parentElement;
        if (!text || !parent?.checkVisibility({ visibilityProperty: true, opacityProperty: true }) || parent.clientWidth === 1) continue;
        // What the boxes between it and the region let show (a clamped title's further lines are cut off, not drawn).
        const cuts: DOMRect[] = [];
        for (let box: Element | null = parent; box && box !== region.parentElement; box = box.parentElement) {
          const style = getComputedStyle(box);
          if (style.overflowX !== 'visible' || style.overflowY !== 'visible') cuts.push(box.getBoundingClientRect());
        }
        const range = document.createRange();
        range.selectNodeContents(node);
        for (const line of range.getClientRects()) {
          const rect = cuts.reduce((shown, cut) => {
            const left = Math.max(shown.left, cut.left);
            const top = Math.max(shown.top, cut.top);
            return new DOMRect(left, top, Math.min(shown.right, cut.right) - left, Math.min(shown.bottom, cut.bottom) - top);
          }, line);
          if (rect.width > 1 && rect.height > 1) lines.push({ node, text, rect });
        }
      }
      for (let i = 0; i < lines.length; i += 1) {
        for (let j = i + 1; j < lines.length; j += 1) {
          const [a, b] = [lines[i]!, lines[j]!];
          if (a.node === b.node) continue;
          const across = Math.min(a.rect.right, b.rect.right) - Math.max(a.rect.left, b.rect.left);
          const down = Math.min(a.rect.bottom, b.rect.bottom) - Math.max(a.rect.top, b.rect.top);
          // A glyph box is taller than a tight line, so neighbouring lines' boxes share a few pixels: text over text
          // shares more than half a line.
          if (across > 2 && down > Math.min(a.rect.height, b.rect.height) / 2)
            overlaps.push(`${region.className}: “${a.text.slice(0, 40)}” over “${b.text.slice(0, 40)}”`);
        }
      }
    }
    return [...new Set(overlaps)];
  });
}

/** Visible words (text and accessible names) outside brackets: strings that are not the catalog's, unless content's. */
export async function unbracketedText(page: Page): Promise<string[]> {
  const shown = await page.evaluate(() => {
    const runs: Array<{ text: string; where: string }> = [];
    const add = (text: string, element: Element) => {
      // What is left outside brackets; the brand is the publication's name, a setting rather than a word.
      const outside = text.replace(/\[[^\]]*\]/g, ' ').trim();
      if (/[A-Za-z]{2,}/.test(outside) && !element.closest('.masthead__name, noscript'))
        runs.push({ text: outside, where: element.tagName.toLowerCase() });
    };
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (node.parentElement?.checkVisibility({ visibilityProperty: true })) add(node.textContent ?? '', node.parentElement);
    }
    for (const element of document.body.querySelectorAll('[aria-label], [placeholder], img[alt]')) {
      for (const name of ['aria-label', 'placeholder', 'alt']) add(element.getAttribute(name) ?? '', element);
    }
    // A story card's title, standfirst and excerpt are content, the generated archive's too (the fixtures do not hold those).
    for (const element of document.querySelectorAll('.story-card__title, .story-card__standfirst, .story-card__excerpt'))
      runs.push({ text: '', where: `card:${element.textContent}` });
    return runs;
  });
  const cards = shown.filter(({ where }) => where.startsWith('card:')).map(({ where }) => where.slice(5));
  const isContent = (text: string) => {
    const bare = text.replace(/^…|…$/g, '').trim();
    return CONTENT.includes(bare) || cards.some((card) => card.includes(bare));
  };
  return [
    ...new Set(
      shown.filter(({ text, where }) => text && !where.startsWith('card:') && !isContent(text)).map(({ text, where }) => `${where}: ${text}`),
    ),
  ];
}
