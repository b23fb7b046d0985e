import { describe, expect, it } from 'vitest';
import {
  formerWordPressStoryUrl,
  isWordPressRestUrl,
  isWordPressStoryUrl,
  wordpressPermalinks,
  wordpressRestBase,
  wordpressRestUrl,
  wordpressStoryUrl,
} from './urls';

const SITE = 'https://news.example.com';

describe('WordPress REST addresses', () => {
  it('builds the pretty and the plain form of every request', () => {
    const pretty = wordpressRestBase(`${SITE}/`);
    const plain = wordpressRestBase(SITE, 'plain');
    expect(pretty).toBe(`${SITE}/wp-json/wp/v2`);
    expect(plain).toBe(`${SITE}/?rest_route=/wp/v2`);
    expect(wordpressRestUrl(pretty, 'tags', 'slug=most-read')).toBe(`${SITE}/wp-json/wp/v2/tags?slug=most-read`);
    expect(wordpressRestUrl(plain, 'tags', 'slug=most-read')).toBe(`${SITE}/?rest_route=/wp/v2/tags&slug=most-read`);
    expect(wordpressRestUrl(plain, 'posts', '')).toBe(`${SITE}/?rest_route=/wp/v2/posts`);
    expect(wordpressStoryUrl(plain, 'a b')).toBe(
      `${SITE}/?rest_route=/wp/v2/posts&slug=a%20b&_fields=id,slug,link,date,date_gmt,modified_gmt,title,excerpt,content,categories,tags,_links.author,_links.wp:term,_links.wp:featuredmedia,_embedded&_embed=author,wp:term,wp:featuredmedia`,
    );
  });

  it('asks for a story trimmed to what Lede reads, and knows the address it had before (decision 040)', () => {
    const pretty = wordpressRestBase(SITE);
    const story = new URL(wordpressStoryUrl(pretty, 'harbour-bridge-reopens'));
    expect(story.searchParams.get('_embed')).toBe('author,wp:term,wp:featuredmedia');
    expect(story.searchParams.get('_fields')?.split(',')).toEqual(
      expect.arrayContaining(['content', 'title', '_links.wp:featuredmedia', '_embedded']),
    );
    expect(isWordPressStoryUrl(story)).toBe(true);
    expect(formerWordPressStoryUrl(pretty, 'harbour-bridge-reopens')).toBe(`${SITE}/wp-json/wp/v2/posts?slug=harbour-bridge-reopens&_embed`);
    expect(formerWordPressStoryUrl(wordpressRestBase(SITE, 'plain'), 'a b')).toBe(`${SITE}/?rest_route=/wp/v2/posts&slug=a%20b&_embed`);
  });

  it('tells the API (and a story request) from the site’s images and pages, in both forms', () => {
    const pretty = wordpressRestBase(SITE);
    const plain = wordpressRestBase(SITE, 'plain');
    const url = (path: string) => new URL(path, SITE);
    expect(isWordPressRestUrl(url('/wp-json/wp/v2/posts?slug=x&_embed'), pretty)).toBe(true);
    expect(isWordPressRestUrl(url('/?rest_route=/wp/v2/posts&slug=x'), plain)).toBe(true);
    expect(isWordPressRestUrl(url('/?rest_route=/wp/v2/tags'), plain)).toBe(true);
    for (const base of [pretty, plain]) {
      expect(isWordPressRestUrl(url('/wp-content/uploads/2026/11/bridge-1024x683.jpg'), base)).toBe(false);
      expect(isWordPressRestUrl(url('/harbour-bridge-reopens/'), base)).toBe(false);
      expect(isWordPressRestUrl(url('/?rest_route=/other/v1/thing'), base)).toBe(false);
      expect(isWordPressRestUrl(new URL('https://elsewhere.example/wp-json/wp/v2/posts'), base)).toBe(false);
    }
    expect(isWordPressStoryUrl(url('/wp-json/wp/v2/posts?slug=x&_embed'))).toBe(true);
    expect(isWordPressStoryUrl(url('/?rest_route=/wp/v2/posts&slug=x&_embed'))).toBe(true);
    expect(isWordPressStoryUrl(url('/?rest_route=/wp/v2/posts&per_page=10'))).toBe(false);
  });

  it('reads the setting, and stops at a value it does not know', () => {
    expect(wordpressPermalinks(undefined)).toBe('pretty');
    expect(wordpressPermalinks('plain')).toBe('plain');
    expect(() => wordpressPermalinks('Plain ')).toThrow('VITE_WORDPRESS_PERMALINKS: "Plain " is neither "pretty" nor "plain"');
  });
});
