// Property tests: any string, and any soup of WordPress and hostile fragments, maps without throwing to safe, valid blocks.
import * as fc from 'fast-check';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { BodyBlockSchema, type BodyBlock, type Inline } from '../../story';
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
  '<img src="/wp-content/uploads/r.jpg" width="4" height="3" srcset="r-2.jpg 2w, /wp-content/uploads/r-3.jpg 3w, //evil.example/r.jpg 4w">',
  '<img src="//evil.example/x.jpg" width="1" height="1">',
  '<a href="about/">',
  '<a href="/tips/">',
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

const SITE = 'https://news.example.com';

/** Where the fragments' links and photos may lead: the test's own list, not the mapper's rules. */
const LINK_ORIGINS: ReadonlySet<string> = new Set(['https://example.com', SITE]);
const IMAGE_ORIGINS: ReadonlySet<string> = new Set(['https://cdn.example', SITE]);

/** The test's own rule: an absolute http(s) URL on one of `origins`, written exactly as the URL parser writes it. */
function isExpectedUrl(address: string, origins: ReadonlySet<string>): boolean {
  let url: URL;
  try {
    url = new URL(address);
  } catch {
    return false;
  }
  return (url.protocol === 'http:' || url.protocol === 'https:') && origins.has(url.origin) && url.href === address;
}

/** A link may also be one of Lede's routes, for the site's own posts and topics. */
const isLedeRoute = (href: string) => /^\/(?:story|topic)\/[a-z0-9-]+$/.test(href);

/** Any absolute http(s) URL, as the URL parser writes it (an embed may be on any network). */
function isHttpUrl(address: string): boolean {
  try {
    const url = new URL(address);
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.href === address;
  } catch {
    return false;
  }
}

// Blocks are data that React renders as text, so what must hold is their shape and where every address in them leads.
// (Text may legitimately read "alert(1)": the parser makes "<A<script>alert(1)" an element named "a<script" with text.)
function assertSafe(blocks: BodyBlock[]): void {
  for (const block of blocks) {
    expect(v.safeParse(BodyBlockSchema, block).success).toBe(true);
    for (const run of links(block))
      if (run.type === 'link') expect(isLedeRoute(run.href) || isExpectedUrl(run.href, LINK_ORIGINS), run.href).toBe(true);
    if (block.type === 'embed') expect(isHttpUrl(block.url), block.url).toBe(true);
    if (block.type === 'figure') {
      for (const url of [block.image.url, ...block.image.renditions.map((rendition) => rendition.url)])
        expect(isExpectedUrl(url, IMAGE_ORIGINS), url).toBe(true);
    }
  }
}

describe('htmlToBlocks properties', () => {
  it('never throws on arbitrary strings and never yields an unsafe link', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (input) => assertSafe(htmlToBlocks(input, { siteUrl: SITE }))),
      { numRuns: 300 },
    );
  });

  it('never throws on soups of WordPress and hostile fragments, and keeps every link and photo on an expected origin', () => {
    fc.assert(
      fc.property(soup, (input) => assertSafe(htmlToBlocks(input, { siteUrl: SITE }))),
      { numRuns: 400 },
    );
  });
});
