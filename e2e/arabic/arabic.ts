// What every journey over the Arabic demo (VITE_PUBLICATION=ar, project `arabic`) checks at its end: the page is
// declared Arabic and right to left, axe finds nothing in either scheme at a phone's and a desktop's width, the brand
// stands on the right, nothing scrolls sideways at 320 px, and dates read in the publication's format. The expected
// words and dates come from the Arabic catalogs and fixtures, not copies of them.
import type { Page } from '@playwright/test';
import { stateAt, clockOf, type LiveFixture } from '../../mocks/fixtures/live-timeline';
import { liveFixtures, stories } from '../../mocks/fixtures/publications/ar';
import { partsOf } from '../../src/lib/dates';
import { PUBLICATIONS } from '../../src/lib/publication';
import { time } from '../../src/lib/words/ar/time';
import type { Rich } from '../../src/lib/words/types';
import { axeViolations } from '../axe';
import { appRendered, expect, test } from '../fixtures';
import { settled } from '../settled';

/** The Arabic publication's settings, whatever publication this test process was started as. */
export const ARABIC = PUBLICATIONS.ar;

/** A story of the Arabic fixtures by slug (a missing one fails the test that names it). */
export function arabicStory(slug: string) {
  const story = stories.find((candidate) => candidate.slug === slug);
  if (!story) throw new Error(`No Arabic story ${slug}`);
  return story;
}

/** The Arabic demo's live coverage (it has one), and what it serves at a minute of its clock (posts newest first). */
export const LIVE: LiveFixture = liveFixtures[0]!;
export const liveAt = (minute: number) => stateAt(LIVE, clockOf(LIVE, minute, 0));

/** Every Latin word the Arabic content itself holds (brand names, handles, a film's title): the only Latin a page may show. */
const CONTENT_LATIN = new Set(JSON.stringify([stories, LIVE.posts, LIVE.edits ?? []]).match(/[A-Za-z]{2,}/g));

/** The page's visible Latin words (text, accessible names, alt text) outside isolated runs, each with where it is. */
function latinWordsShown(page: Page): Promise<Array<{ word: string; where: string }>> {
  return page.evaluate(() => {
    const found: Array<{ word: string; where: string }> = [];
    const add = (text: string, element: Element) => {
      // Isolated runs (U+2068 … U+2069) are names and networks the catalog set apart: Latin is expected there.
      for (const word of text.replace(/\u2068[^\u2069]*\u2069/g, '').match(/[A-Za-z]{2,}/g) ?? []) {
        found.push({ word, where: `${element.tagName.toLowerCase()}.${element.className}: ${text.trim().slice(0, 80)}` });
      }
    };
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const element = node.parentElement;
      if (element && element.checkVisibility({ visibilityProperty: true }) && !element.closest('noscript')) add(node.textContent ?? '', element);
    }
    for (const element of document.body.querySelectorAll('[aria-label], [title], [placeholder], img[alt]')) {
      for (const name of ['aria-label', 'title', 'placeholder', 'alt']) add(element.getAttribute(name) ?? '', element);
    }
    return found;
  });
}

/** No word of another language shows but what the Arabic content itself holds: every other string is the catalog's. */
export async function expectOnlyArabicWords(page: Page) {
  const strays = new Set((await latinWordsShown(page)).filter(({ word }) => !CONTENT_LATIN.has(word)).map(({ where }) => where));
  expect([...strays], `Latin words on ${page.url()} that are not the content's`).toEqual([]);
}

const formatOf = (options: Intl.DateTimeFormatOptions) => new Intl.DateTimeFormat(ARABIC.locale, { ...options, timeZone: ARABIC.timeZone });
const stampFormat = formatOf(time.stampParts);
const shortFormat = formatOf(time.shortParts);

/** A publication time as the Arabic publication writes it ("22 مايو 2023، الساعة 4:21 م بتوقيت القاهرة"). */
export const arabicStamp = (iso: string) => time.stamp(partsOf(stampFormat, new Date(iso)), ARABIC.zoneLabel);
/** A list's date as the Arabic publication writes it ("13 يونيو 2020"). */
export const arabicShortDate = (iso: string) => time.short(partsOf(shortFormat, new Date(iso)));

/** A sentence of the catalog around an element (`Rich`), as the page's text reads with `inner` in the element's place. */
export const sentence = (rich: Rich, inner: string) =>
  rich({ inner })
    .map((piece) => (typeof piece === 'string' ? piece : piece.inner))
    .join('');

/** Every story card's date on the page reads as the publication's list date of its own `datetime`. */
export async function expectCardDates(page: Page) {
  const dates = await page
    .locator('.story-card__date time')
    .evaluateAll((times) => times.map((t) => [t.getAttribute('datetime') ?? '', t.textContent ?? '']));
  expect(dates.length, 'story cards with dates').toBeGreaterThan(0);
  for (const [datetime, text] of dates) expect(text, `the card date of ${datetime}`).toBe(arabicShortDate(datetime!));
}

/** A story page has settled: the app has drawn it with its sidebar, and nothing on it is still loading. */
export async function arabicStorySettled(page: Page) {
  await appRendered(page);
  await settled(page);
}

const SCHEMES = ['light', 'dark'] as const;
const WIDTHS = [390, 1280] as const;

/** Two frames: a new width or scheme has been laid out and painted. */
const nextFrames = (page: Page) => page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));

/** The masthead's brand is the publication's name and stands at the right end of the screen (right to left). */
async function expectBrandOnTheRight(page: Page, width: number) {
  const brand = page.locator('.masthead__name');
  await expect(brand).toHaveText(ARABIC.name);
  const box = await brand.boundingBox();
  expect(box, 'the brand has a box').not.toBeNull();
  // Its right edge within the page's gutter of the screen's right edge, and all of it in the screen's right half.
  expect(width - (box!.x + box!.width), `the brand's distance from the right edge at ${width} px`).toBeLessThanOrEqual(width * 0.1);
  expect(box!.x, `the brand's left edge at ${width} px`).toBeGreaterThan(width / 2);
}

/**
 * The checks every Arabic journey ends with, on the page as the journey left it: `<html dir=rtl lang=ar>`; no word
 * that is not Arabic but the content's own; at 390 and
 * 1280 px (a phone: its own width) the brand on the right and, in light and dark, no axe violation; at 320 px no
 * sideways scroll.
 */
export async function expectArabicPage(page: Page) {
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(page.locator('html')).toHaveAttribute('lang', ARABIC.language);
  await expectOnlyArabicWords(page);
  const { width: ownWidth, height } = page.viewportSize() ?? { width: 390, height: 844 };
  // A phone (the arabic-phone project) at its own width; the desktop project at a phone's and a desktop's.
  for (const width of test.info().project.use.isMobile ? [ownWidth] : WIDTHS) {
    await page.setViewportSize({ width, height });
    await expectBrandOnTheRight(page, width);
    for (const scheme of SCHEMES) {
      await page.emulateMedia({ colorScheme: scheme });
      await nextFrames(page);
      expect(await axeViolations(page), `axe violations on ${page.url()} (${scheme}, ${width} px)`).toEqual([]);
    }
  }
  await page.emulateMedia({ colorScheme: 'light' });
  await page.setViewportSize({ width: 320, height });
  await nextFrames(page);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow, `sideways scroll on ${page.url()} at 320 px`).toBeLessThanOrEqual(0);
}
