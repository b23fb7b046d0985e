// One rule for renditions, and srcset read and written, wherever a photo's sizes come from.
import { describe, expect, it } from 'vitest';
import { renditionsByWidth, renditionsFromJson } from './renditions';
import { buildSrcSet, parseSrcset } from './srcset';

describe('renditionsByWidth', () => {
  it('keeps loadable addresses, the first of each width, narrowest first', () => {
    const candidates = [
      { url: 'https://cdn.example/a-1024.webp', width: 1024 },
      { url: 'javascript:alert(1)', width: 300 },
      { url: 'https://cdn.example/a-300.webp', width: 300 },
      { url: 'https://cdn.example/a-300-copy.webp', width: 300 },
      { url: '/images/a-640.webp', width: 640 },
      { url: 'https://cdn.example/a-0.webp', width: 0 },
      { url: 'https://cdn.example/a-half.webp', width: 0.5 },
    ];
    expect(renditionsByWidth(candidates)).toEqual([
      { url: 'https://cdn.example/a-300.webp', width: 300 },
      { url: '/images/a-640.webp', width: 640 },
      { url: 'https://cdn.example/a-1024.webp', width: 1024 },
    ]);
  });

  it('takes each address as the caller rewrites it', () => {
    const onSite = (url: string) => (url.startsWith('//') ? null : new URL(url, 'https://site.example/').href);
    expect(
      renditionsByWidth(
        [
          { url: '/a-300.webp', width: 300 },
          { url: '//evil.example/a.webp', width: 200 },
        ],
        onSite,
      ),
    ).toEqual([{ url: 'https://site.example/a-300.webp', width: 300 }]);
  });

  it('reads JSON no schema has read, skipping what is not a rendition', () => {
    expect(renditionsFromJson([null, 'x', { url: 1, width: 2 }, { url: '/b-480.webp', width: 480 }, { url: '/b-240.webp', width: 240 }])).toEqual([
      { url: '/b-240.webp', width: 240 },
      { url: '/b-480.webp', width: 480 },
    ]);
    expect(renditionsFromJson({ not: 'a list' })).toEqual([]);
  });
});

describe('srcset', () => {
  it('reads the width candidates as the HTML standard tokenises them', () => {
    expect(parseSrcset('a-1024.jpg 1024w, b.jpg?x=1,2 300w,c.jpg 2x,  d.jpg, e,f.jpg 640w, g.jpg 0w, h.jpg 123456789w')).toEqual([
      { url: 'a-1024.jpg', width: 1024 },
      { url: 'b.jpg?x=1,2', width: 300 },
      { url: 'e,f.jpg', width: 640 },
    ]);
  });

  it('writes what it reads, narrowest first, with separators in addresses escaped', () => {
    const renditions = [
      { url: '/p a-640.webp', width: 640 },
      { url: '/p,a-320.webp', width: 320 },
    ];
    const written = buildSrcSet({ renditions });
    expect(written).toBe('/p%2Ca-320.webp 320w, /p%20a-640.webp 640w');
    expect(parseSrcset(written ?? '')).toEqual([
      { url: '/p%2Ca-320.webp', width: 320 },
      { url: '/p%20a-640.webp', width: 640 },
    ]);
    expect(buildSrcSet({ renditions: [] })).toBeUndefined();
  });

  it('reads a hostile srcset in linear time', () => {
    // 20 KB of commas inside one address cost 280 ms when a pattern trimmed them; 400 KB would cost minutes.
    const srcset = `a${','.repeat(200_000)}b, ${'x '.repeat(100_000)}`;
    let fastest = Infinity; // of three runs: a busy machine can only make a run slower
    for (let run = 0; run < 3; run += 1) {
      const start = performance.now();
      parseSrcset(srcset);
      fastest = Math.min(fastest, performance.now() - start);
    }
    expect(fastest).toBeLessThan(100);
  });
});
