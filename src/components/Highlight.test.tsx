import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { highlightParts } from '../lib/highlight';
import { Highlight } from './Highlight';

const marks = (container: HTMLElement) => [...container.querySelectorAll('mark')].map((mark) => mark.textContent);

describe('Highlight', () => {
  it('wraps each match, case-insensitively, in a <mark> and leaves the rest as text', () => {
    const { container } = render(<Highlight text="Harbour Bridge reopens; the bridge is busy" words={['bridge']} />);
    expect(marks(container)).toEqual(['Bridge', 'bridge']);
    expect(container.textContent).toBe('Harbour Bridge reopens; the bridge is busy');
    expect(container.querySelectorAll('*')).toHaveLength(2);
  });

  it('renders markup in the text and in the query as text, never as elements', () => {
    const text = 'Warning: <script>alert(1)</script> and <img src=x onerror="alert(2)"> were posted';
    const { container } = render(<Highlight text={text} words={['<script>', '<img', 'onerror']} />);
    expect(container.querySelector('script, img')).toBeNull();
    expect(container.textContent).toBe(text);
    expect(marks(container)).toEqual(['<script>', '<img', 'onerror']);
    expect([...container.querySelectorAll('*')].every((element) => element.tagName === 'MARK')).toBe(true);
  });

  it('treats regular-expression characters in the query literally', () => {
    for (const word of ['(', '.*', '[a-z]+', '\\', '$', '|', '?', 'a.b']) {
      expect(() => highlightParts('cost (est.) $5 | a.b? [a-z]+ \\ done', [word])).not.toThrow();
    }
    const { container } = render(<Highlight text="Price (est.) is $5.00, not 5x00" words={['(est.)', '$5.00']} />);
    expect(marks(container)).toEqual(['(est.)', '$5.00']);
    expect(highlightParts('abc', ['.*'])).toEqual([{ text: 'abc', match: false }]);
  });

  it('prefers the longest word where matches overlap, and ignores empty words', () => {
    expect(highlightParts('Ferryman', ['ferry', 'ferryman', ''])).toEqual([{ text: 'Ferryman', match: true }]);
    expect(highlightParts('No words here', [])).toEqual([{ text: 'No words here', match: false }]);
  });

  it('marks Arabic words as search finds them: typed without their marks, tatweel or hamza, whole letters marked', () => {
    // The text has a shadda (العبّارات), a tatweel (جـديد) and a hamza on its alef (أمس); the query has none.
    const text = 'عادت العبّارات إلى الميناء أمس بجدول جـديد';
    expect(marks(render(<Highlight text={text} words={['العبارات', 'امس', 'جديد']} />).container)).toEqual(['العبّارات', 'أمس', 'جـديد']);
    // A mark on the last letter belongs to the match, so the letter is never cut from its vowel.
    expect(highlightParts('وصلَ القارب', ['وصل'])).toEqual([
      { text: 'وصلَ', match: true },
      { text: ' القارب', match: false },
    ]);
    // A query of marks alone matches nothing (it would match everywhere).
    expect(highlightParts('كلمة', ['\u0651'])).toEqual([{ text: 'كلمة', match: false }]);
  });
});
