import { describe, expect, it } from 'vitest';
import { splitCaption } from './figures';

function figcaption(text: string): Element {
  const element = document.createElement('figcaption');
  element.textContent = text;
  return element;
}

describe('splitCaption', () => {
  it.each([
    ['Crews removed the last barriers. Photo: Ines Varga/Harbour Press', 'Crews removed the last barriers.', 'Ines Varga/Harbour Press'],
    ['The second photo (Photo by Ada Moss)', 'The second photo', 'Ada Moss'],
    ['Boats at dawn | Credit: Port Authority.', 'Boats at dawn', 'Port Authority'],
    ['Boats at dawn — Photograph by Leo Park', 'Boats at dawn', 'Leo Park'],
    ['Photo credit: Harbour Press', undefined, 'Harbour Press'],
    ['Harbour at night. JANE DOE/PORT PRESS', 'Harbour at night.', 'JANE DOE/PORT PRESS'],
    ['Sunrise at 5 A.M. JANE DOE/AP', 'Sunrise at 5 A.M.', 'JANE DOE/AP'],
  ])('splits %j into caption and credit', (text, caption, credit) => {
    expect(splitCaption(figcaption(text))).toEqual({ caption, credit });
  });

  it.each([
    'A telephoto: lens at work',
    'Photo: (see below) the harbour',
    'The mayor said the photo was taken in May.',
    'HARBOUR AT NIGHT. JANE DOE',
    `Long credit. Photo: ${'x'.repeat(161)}`,
  ])('keeps %j whole when it holds no credit', (text) => {
    expect(splitCaption(figcaption(text))).toEqual({ caption: text, credit: undefined });
  });

  it('prefers a credit marked up in the caption, and drops the separators it leaves', () => {
    const element = document.createElement('figcaption');
    element.innerHTML = 'Boats in the fog — <span class="credit">Leo Park</span>';
    expect(splitCaption(element)).toEqual({ caption: 'Boats in the fog', credit: 'Leo Park' });
  });

  // The first three made the old regular expressions backtrack over the whole text at every position (12 KB cost
  // 50–250 ms, 100 KB 16 s to minutes); the last two are the worst cases of the linear scan that replaced them.
  const nbsp = '\u00a0';
  const hostile: Array<[string, (size: number) => string]> = [
    ['initials and full stops', (size) => 'A. '.repeat(size / 3)],
    ['a run of no-break spaces', (size) => `Caption${nbsp.repeat(size)}x`],
    ['no-break spaces before a bar', (size) => `Caption${nbsp.repeat(size)}|`],
    ['labels after sentences', (size) => '. Photo by x'.repeat(size / 12)],
    ['capitals with slashes', (size) => 'AB/ '.repeat(size / 4)],
  ];

  /** The fastest of five runs: a busy machine can only make a run slower, never quadratic work faster. */
  function fastestSplit(element: Element): number {
    let fastest = Infinity;
    for (let run = 0; run < 5; run += 1) {
      const start = performance.now();
      splitCaption(element);
      fastest = Math.min(fastest, performance.now() - start);
    }
    return fastest;
  }

  it.each(hostile)('splits 100 KB and 200 KB of %s in linear time', (_name, make) => {
    splitCaption(figcaption(make(3_000))); // warm-up: compiles the code paths before the clock runs
    for (const size of [102_000, 201_000]) expect(fastestSplit(figcaption(make(size))), `${size / 1000} KB`).toBeLessThan(100);
  });
});
