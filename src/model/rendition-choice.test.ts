// The rendition a download keeps must be the one the story page's <img srcset sizes> loads on this device.
import { describe, expect, it } from 'vitest';
import type { Image } from '../api/image';
import { STORY_IMAGE_SIZES } from '../lib/image-sizes';
import { chooseRendition, lengthInPixels, slotWidth, type Viewport } from './rendition-choice';

/** A viewport whose media conditions are min-width tests, as Lede's `sizes` use. */
function viewport(width: number, devicePixelRatio = 1): Viewport {
  return {
    width,
    devicePixelRatio,
    matches: (condition) => {
      const minWidth = /^\(min-width:\s*(\d+)px\)$/.exec(condition);
      if (!minWidth) throw new Error(`unexpected media condition ${condition}`);
      return width >= Number(minWidth[1]);
    },
  };
}

const photo: Image = {
  url: '/images/harbour-1600.webp',
  width: 1600,
  height: 900,
  alt: 'A harbour',
  renditions: [
    { url: '/images/harbour-960.webp', width: 960 },
    { url: '/images/harbour-480.webp', width: 480 },
    { url: '/images/harbour-1600.webp', width: 1600 },
  ],
};

describe('slot width from sizes', () => {
  it('reads px, vw, rem and calc() sums', () => {
    expect(lengthInPixels('680px', 1000)).toBe(680);
    expect(lengthInPixels('100vw', 390)).toBe(390);
    expect(lengthInPixels('8rem', 390)).toBe(128);
    expect(lengthInPixels('calc(100vw - 4rem)', 800)).toBe(736);
    expect(lengthInPixels('calc(100vw - 2rem + 10px)', 400)).toBe(378);
    expect(lengthInPixels('calc(100vw * 2)', 400)).toBeNull();
    expect(lengthInPixels('auto', 400)).toBeNull();
  });

  it("takes the first entry whose media condition matches, as Lede's story photos are laid out", () => {
    expect(slotWidth(STORY_IMAGE_SIZES, viewport(1440))).toBe(680);
    expect(slotWidth(STORY_IMAGE_SIZES, viewport(800))).toBe(736);
    expect(slotWidth(STORY_IMAGE_SIZES, viewport(390))).toBe(358);
    // Nothing usable: 100vw, the default of the HTML standard.
    expect(slotWidth('(min-width: 2000px) 50vw, nonsense', viewport(500))).toBe(500);
  });
});

describe('chooseRendition', () => {
  it('picks the rendition Chromium loads on a 1x desktop (680px slot: 960w, never upscaling 480w)', () => {
    expect(chooseRendition(photo, STORY_IMAGE_SIZES, viewport(1440))).toBe('/images/harbour-960.webp');
  });

  it('picks a smaller rendition on a small 1x screen and a bigger one on a dense screen', () => {
    // Slot 448px (100vw - 2rem): 480w is enough.
    expect(chooseRendition(photo, STORY_IMAGE_SIZES, viewport(480))).toBe('/images/harbour-480.webp');
    // Slot 358px at 1.5x needs 537 device pixels: 960w, not an upscaled 480w.
    expect(chooseRendition(photo, STORY_IMAGE_SIZES, viewport(390, 1.5))).toBe('/images/harbour-960.webp');
    // At 3x it needs 1074: 1600w.
    expect(chooseRendition(photo, STORY_IMAGE_SIZES, viewport(390, 3))).toBe('/images/harbour-1600.webp');
    expect(chooseRendition(photo, STORY_IMAGE_SIZES, viewport(1440, 2))).toBe('/images/harbour-1600.webp');
  });

  it('takes the widest when even that is below what the screen could show', () => {
    expect(chooseRendition(photo, '2000px', viewport(2560))).toBe('/images/harbour-1600.webp');
  });

  it("falls back to the photo's own src without renditions, and to nothing for an unsafe URL", () => {
    expect(chooseRendition({ ...photo, renditions: [] }, STORY_IMAGE_SIZES, viewport(1440))).toBe('/images/harbour-1600.webp');
    expect(chooseRendition({ ...photo, url: 'javascript:alert(1)', renditions: [] }, STORY_IMAGE_SIZES, viewport(1440))).toBeNull();
  });
});
