// Property tests: any string, and any soup of WordPress and hostile fragments, maps without throwing to safe, valid blocks.
import * as fc from 'fast-check';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { BodyBlockSchema, type BodyBlock, type Inline } from '../../story';
import { isSafeHref, safeImageSrc } from '../../../lib/safe-url';
import { htmlToBlocks } from './html-to-blocks';

const FRAGMENTS = [
  '<p>',
  '</p>',
  '<em>',
  '</em>',
  '<strong>',
  '<b>',
  '<i>',
  '<h2 class="wp-block-heading">',
  '</h2>',
  '<ul>',
  '<ol>',
  '<li>',
  '</li>',
  '</ul>',
  '<blockquote class="wp-block-quote">',
  '<cite>',
  '</cite>',
  '</blockquote>',
  '<figure class="wp-block-image">',
  '<figcaption>',
  '</figcaption>',
  '</figure>',
  '<figure class="wp-block-embed"><div class="wp-block-embed__wrapper">',
  '</div>',
  '<div class="wp-block-group lede-cta">',
  '<img src="https://cdn.example/a.jpg" width="10" height="5" srcset="https://cdn.example/a.jpg 10w, javascript:x 5w, data:x 4w" alt="a">',
  '<img src="javascript:alert(1)" width="1" height="1">',
  '<img src="data:image/png;base64,AA" width="1" height="1">',
  '<a href="https://example.com/">',
  '<a href="javascript:alert(1)">',
  '<a href="data:text/html,x">',
  '<a href="//evil.example">',
  '<a href=" JAVA\tSCRIPT:x">',
  '<a href="/2023/05/20/x/">',
  '<a href="vbscript:x">',
  '</a>',
  '<script>alert(1)</script>',
  '<style>*{}</style>',
  '<iframe src="https://evil.example"></iframe>',
  '<svg onload="alert(1)">',
  '</svg>',
  '<p onclick="alert(1)">',
  '<!--',
  '-->',
  '<![CDATA[',
  '&amp;',
  '&#8217;',
  '&#x27;',
  '&lt;script&gt;',
  'https://twitter.com/a/status/1',
  'Update 5/22/23 at 9:21 a.m. ET: x',
  ' ',
  '\n',
  'text',
];

const soup = fc.array(fc.oneof(fc.constantFrom(...FRAGMENTS), fc.string({ maxLength: 12 })), { maxLength: 40 }).map((parts) => parts.join(''));

function links(block: BodyBlock): Inline[] {
  switch (block.type) {
    case 'paragraph':
    case 'cta':
      return block.content;
    case 'list':
      return block.items.flat();
    default:
      return [];
  }
}

// Blocks are data that React renders as text, so what must hold is their shape and the safety of every address in them.
// (Text may legitimately read "alert(1)": the parser makes "<A<script>alert(1)" an element named "a<script" with text.)
function assertSafe(blocks: BodyBlock[]): void {
  for (const block of blocks) {
    expect(v.safeParse(BodyBlockSchema, block).success).toBe(true);
    for (const run of links(block)) if (run.type === 'link') expect(isSafeHref(run.href)).toBe(true);
    if (block.type === 'embed') expect(block.url).toMatch(/^https?:\/\//);
    if (block.type === 'figure') {
      expect(safeImageSrc(block.image.url)).not.toBeNull();
      for (const rendition of block.image.renditions) expect(safeImageSrc(rendition.url)).not.toBeNull();
    }
  }
}

describe('htmlToBlocks properties', () => {
  it('never throws on arbitrary strings and never yields an unsafe link', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (input) => {
        assertSafe(htmlToBlocks(input));
        assertSafe(htmlToBlocks(input, { siteUrl: 'https://news.example.com' }));
      }),
      { numRuns: 300 },
    );
  });

  it('never throws on soups of WordPress and hostile fragments, and keeps every link and image safe', () => {
    fc.assert(
      fc.property(soup, (input) => {
        assertSafe(htmlToBlocks(input));
        assertSafe(htmlToBlocks(input, { siteUrl: 'https://news.example.com' }));
      }),
      { numRuns: 400 },
    );
  });
});
