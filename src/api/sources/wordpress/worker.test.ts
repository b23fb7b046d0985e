// A WordPress site as the app worker sees it: story and list requests in either permalink form, and a post's photos.
import { describe, expect, it } from 'vitest';
import { wordpressStoryImages, wordpressWorker } from './worker';

const SITE = 'https://site.example/news';
const pretty = wordpressWorker({ siteUrl: SITE, permalinks: 'pretty', imageOrigins: ['https://i0.wp.example'] });
const plain = wordpressWorker({ siteUrl: SITE, permalinks: 'plain', imageOrigins: [] });

describe('the WordPress worker', () => {
  it('tells story requests from lists, in either permalink form', () => {
    expect(pretty.requestKind(new URL(`${SITE}/wp-json/wp/v2/posts?slug=harbour&_embed`))).toBe('story');
    expect(pretty.requestKind(new URL(`${SITE}/wp-json/wp/v2/posts?per_page=20`))).toBe('list');
    expect(pretty.requestKind(new URL(`${SITE}/wp-json/wp/v2/tags`))).toBe('list');
    expect(plain.requestKind(new URL(`${SITE}/?rest_route=/wp/v2/posts&slug=harbour&_embed`))).toBe('story');
    expect(plain.requestKind(new URL(`${SITE}/?rest_route=/wp/v2/categories`))).toBe('list');
  });

  it('leaves pages, uploads and other sites alone', () => {
    expect(pretty.requestKind(new URL(`${SITE}/2026/01/02/harbour/`))).toBeNull();
    expect(pretty.requestKind(new URL(`${SITE}/wp-content/uploads/bridge.webp`))).toBeNull();
    expect(pretty.requestKind(new URL('https://other.example/news/wp-json/wp/v2/posts?slug=harbour'))).toBeNull();
  });

  it('keeps photos from the site and the configured CDN, and saved copies by their own slug only', () => {
    expect(pretty.imageOrigins).toEqual(['https://site.example', 'https://i0.wp.example']);
    expect(pretty.savedCopyIgnoresSearch).toBe(false);
  });

  it('finds a story kept by an earlier Lede under the address it had then, in either permalink form', () => {
    const story = (base: string) => new URL(`${base}slug=harbour&_fields=id,slug,content&_embed=author`);
    expect(pretty.formerStoryUrl(story(`${SITE}/wp-json/wp/v2/posts?`))).toBe(`${SITE}/wp-json/wp/v2/posts?slug=harbour&_embed`);
    expect(plain.formerStoryUrl(story(`${SITE}/?rest_route=/wp/v2/posts&`))).toBe(`${SITE}/?rest_route=/wp/v2/posts&slug=harbour&_embed`);
    expect(pretty.formerStoryUrl(new URL(`${SITE}/wp-json/wp/v2/posts?per_page=20`))).toBeNull();
    expect(pretty.formerStoryUrl(new URL('https://other.example/news/wp-json/wp/v2/posts?slug=harbour'))).toBeNull();
  });

  it('resolves relative photo addresses against the site, not the app', () => {
    const post = [
      {
        _embedded: { 'wp:featuredmedia': [{ source_url: '/news/wp-content/uploads/hero.webp', media_details: { width: 1600, height: 1067 } }] },
        content: {
          rendered:
            '<img src="/news/wp-content/uploads/quay.webp"><img src="/news/wp-content/uploads/pier-1024x683.webp" srcset="/news/wp-content/uploads/pier-1024x683.webp 1024w, /news/wp-content/uploads/pier-300x200.webp 300w">',
        },
      },
    ];
    expect(wordpressStoryImages(post, SITE)).toEqual([
      'https://site.example/news/wp-content/uploads/hero.webp',
      'https://site.example/news/wp-content/uploads/quay.webp',
      'https://site.example/news/wp-content/uploads/pier-300x200.webp',
    ]);
  });

  it('takes no protocol-relative or non-http address for a photo, and reads escaped queries', () => {
    const post = [
      {
        content: {
          rendered: '<img src="//evil.example/x.webp"><img src="data:image/png;base64,AAAA"><img src="https://i0.wp.example/p.webp?w=300&amp;q=80">',
        },
      },
    ];
    expect(wordpressStoryImages(post, SITE)).toEqual(['https://i0.wp.example/p.webp?w=300&q=80']);
  });
});
