// Pseudo-localised words: longer by about 40 %, bracketed, Intl's settings untouched, and the real catalogs' values
// (dates' parts, counts, sentences around elements) pseudo-localised through them.
import { describe, expect, it } from 'vitest';
import { byline } from '../src/lib/words/en/byline';
import { lists } from '../src/lib/words/en/lists';
import { masthead } from '../src/lib/words/en/masthead';
import { story } from '../src/lib/words/en/story';
import { time } from '../src/lib/words/en/time';
import { exportedNames } from './pseudo-locale';
import { pseudo, pseudoText } from './pseudo-words';

const letters = (text: string) => text.replace(/[^\p{L}]/gu, '').length;

describe('pseudoText', () => {
  it('brackets the text inside its outer spaces and accents every ASCII letter', () => {
    expect(pseudoText(' (opens in a new tab)')).toMatch(/^ \[\(.+\)\]$/);
    expect(pseudoText('Published ')).toMatch(/^\[\S+\] $/);
    expect(pseudoText('Save for offline')).not.toMatch(/[A-Za-z]/);
    expect(pseudoText('   ')).toBe('   ');
  });

  it('makes every string of the masthead at least 40 % longer in letters, one word as one word', () => {
    for (const [key, value] of Object.entries(masthead)) {
      const shown = pseudoText(value);
      expect(letters(shown), key).toBeGreaterThanOrEqual(Math.ceil(letters(value) * 1.4));
      expect(shown.split(/\s+/).length, key).toBe(value.trim().split(/\s+/).length);
    }
  });
});

describe('pseudo', () => {
  it('leaves the Intl settings of a catalog as they are and pseudo-localises what its functions return', () => {
    const words = pseudo(time);
    expect(words.stampParts).toEqual(time.stampParts);
    expect(words.short({ day: '13', month: 'Jun', year: '2020' })).toBe('[13 ĴûñĴû 2020]');
    expect(pseudo(byline).names).toBe(byline.names);
  });

  it('keeps the element of a sentence around one and brackets the words beside it', () => {
    const element = { $$typeof: Symbol.for('react.element'), props: {} };
    const pieces = pseudo(story).published(element);
    expect(pieces).toContain(element);
    expect(pieces.filter((piece) => typeof piece === 'string').every((piece) => /^\[.*\]\s*$/.test(piece as string))).toBe(true);
  });

  it('pseudo-localises each form of a count and each string in arrays and records', () => {
    expect(pseudo(lists).shown(3)).toMatch(/^\[3 \S+/);
    expect(pseudo(story).added.every((word) => word.startsWith('['))).toBe(true);
    expect(pseudo({ options: { dark: 'Dark' } }).options.dark).toBe('[ĐåŕķĐå]');
  });
});

describe('exportedNames', () => {
  it('reads the words an area exports, not its imports or types', () => {
    const source = "import type { X } from '../types';\nexport const masthead: X = {};\nexport function helper() {}\nexport type Y = string;\n";
    expect(exportedNames(source)).toEqual(['masthead', 'helper']);
  });
});
