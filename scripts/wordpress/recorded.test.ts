// The recorded WordPress answers (npm run wordpress:record) hold the REST facts docs/wordpress.md states, and never the draft.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

interface Recording {
  request: { url: string };
  status: number;
  headers: Record<string, string>;
  body: unknown;
}

const DIR = join(import.meta.dirname, '../../mocks/wordpress/recorded');
const files = readdirSync(DIR).filter((name) => name.endsWith('.json'));
const load = (name: string) => JSON.parse(readFileSync(join(DIR, `${name}.json`), 'utf8')) as Recording;
type Post = { slug: string; sticky: boolean; date_gmt: string; title: { rendered: string }; _embedded: Record<string, unknown> };

describe('recorded WordPress REST answers', () => {
  it('never contain the draft, in any file', () => {
    expect(files.length).toBeGreaterThan(20);
    expect(load('post-draft-slug').body).toEqual([]);
    for (const name of files) {
      // The draft's own lookup names it in its request URL; no answer may.
      const text = JSON.stringify(load(name.replace(/\.json$/, '')).body);
      expect(text, name).not.toContain('embargoed-ferry-fares');
      expect(text, name).not.toContain('EMBARGOED');
      expect(text, name).not.toContain('a draft has leaked');
    }
  });

  it('page through lists with X-WP-Total and end in a 400, not an empty page', () => {
    const first = load('posts-embed-page-1');
    expect(first.headers['x-wp-total']).toBe('28');
    expect(first.headers['x-wp-totalpages']).toBe('3');
    expect(first.headers['access-control-expose-headers']).toBe('X-WP-Total, X-WP-TotalPages, Link');
    expect((first.body as Post[]).length).toBe(10);
    const past = load('posts-page-past-end');
    expect(past.status).toBe(400);
    expect(past.body).toMatchObject({ code: 'rest_post_invalid_page_number' });
  });

  it('answer an unknown slug with an empty array and a 200', () => {
    const unknown = load('post-unknown-slug');
    expect(unknown.status).toBe(200);
    expect(unknown.body).toEqual([]);
  });

  it('list the newest first without putting the sticky post first; sticky=true finds it', () => {
    const posts = load('posts-embed-page-1').body as Post[];
    expect(posts[0]?.slug).toBe('harbour-bridge-reopens');
    expect(posts.find((post) => post.sticky)?.slug).toBe('tip-line-scam-warning');
    expect(posts.findIndex((post) => post.sticky)).toBeGreaterThan(0);
    expect((load('posts-sticky-embed').body as Post[]).map((post) => post.slug)).toEqual(['tip-line-scam-warning']);
  });

  it('give UTC dates without a Z and embed author, terms and the featured image with its credit', () => {
    const [post] = load('post-harbour-bridge-reopens').body as Post[];
    if (!post) throw new Error('the recording holds no post');
    expect(post.date_gmt).toBe('2026-11-23T12:30:00');
    const embedded = post['_embedded'];
    const media = (embedded['wp:featuredmedia'] as { media_details: { image_meta: { credit: string } } }[])[0];
    expect(media?.media_details.image_meta.credit).toBe('MIRA OKAFOR/PORT ALDER HERALD');
    expect((embedded.author as { name: string }[])[0]?.name).toBe('Tomas Reyhani');
    const terms = embedded['wp:term'] as { taxonomy: string; slug: string }[][];
    expect(
      terms
        .flat()
        .filter((term) => term.taxonomy === 'category')
        .map((term) => term.slug)
        .sort(),
    ).toEqual(['city', 'transport']);
  });

  it('reject per_page over 100 and a before= without a time', () => {
    expect(load('posts-per-page-too-big').status).toBe(400);
    expect(load('posts-before-date-only').body).toMatchObject({ code: 'rest_invalid_param' });
  });
});
