// The early script's WordPress adapter paints exactly the header the app will render, as text, from the same request.
import * as v from 'valibot';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { GENERATED_EXCERPT_POSTS } from '../../../../mocks/wordpress/generated-excerpts';
import { samplePost } from '../../../../mocks/wordpress/samples';
import type { Image } from '../../image';
import { testRoad } from '../../../test/content';
import { WordPressPostListSchema } from './schemas';
import { createWordPressSource } from './source';
import { storyFromPost } from './to-story';
import { wordpressRestBase } from './urls';
import { wordpressStoryImages } from './worker';
import { wordpressEarly, wordpressEarlyStoryOf } from './early';

const SITE = 'http://127.0.0.1:8881';
const recorded = (slug: string) =>
  JSON.parse(readFileSync(join(import.meta.dirname, `../../../../mocks/wordpress/recorded/post-${slug}.json`), 'utf8')) as {
    body: unknown;
  };

/** What the early script draws of a photo: the <img>'s address, size, alt and srcset (the caption below is the app's). */
const drawnOf = ({ url, width, height, alt, renditions }: Image) => ({
  url,
  width,
  height,
  alt,
  renditions: renditions.map((r) => ({ url: r.url, width: r.width })),
});

describe('the early WordPress story', () => {
  it('requests the URL the app requests, so the app takes the response over', () => {
    const app = createWordPressSource({ siteUrl: SITE, popularTag: 'most-read', hotTopics: [] }, testRoad().http);
    expect(wordpressEarly.storyUrl(wordpressRestBase(SITE), 'harbour-bridge-reopens')).toBe(app.storyUrl('harbour-bridge-reopens'));
  });

  it.each(['harbour-bridge-reopens', 'tip-line-scam-warning', 'film-festival-lineup'])('gives %s the header and hero the app shows', (slug) => {
    const { body } = recorded(slug);
    const story = storyFromPost(v.parse(WordPressPostListSchema, body)[0]!, { siteUrl: SITE });
    const early = wordpressEarlyStoryOf(body);
    expect(early?.header).toEqual({ headline: story.headline, standfirst: story.standfirst, byline: story.byline });
    expect(early?.hero).toEqual(story.hero ? drawnOf(story.hero) : null);
    expect(early?.notes).toBe(story.updates.length > 0);
  });

  it.each(GENERATED_EXCERPT_POSTS)('paints no standfirst the app would not show either: $name', ({ content, excerpt }) => {
    const body = [samplePost({ content, excerpt })];
    const story = storyFromPost(v.parse(WordPressPostListSchema, body)[0]!, { siteUrl: SITE });
    expect(wordpressEarlyStoryOf(body)?.header.standfirst).toBe(story.standfirst);
    expect(story.standfirst).toBe('');
  });

  it('preloads a photo with a relative address from the site, never from the app', () => {
    const relative = (path: string) => path.replace(/^https:\/\/news\.example\.com/, '');
    const post = samplePost();
    const media = (post._embedded as { 'wp:featuredmedia': Array<Record<string, unknown>> })['wp:featuredmedia'][0]!;
    const sizes = (media.media_details as { sizes: Record<string, { source_url: string }> }).sizes;
    media.source_url = relative(media.source_url as string);
    for (const size of Object.values(sizes)) size.source_url = relative(size.source_url);
    const story = storyFromPost(v.parse(WordPressPostListSchema, [post])[0]!, { siteUrl: SITE });
    expect(story.hero?.url).toBe(`${SITE}/wp-content/uploads/2023/05/bridge.jpg`);
    expect(wordpressEarlyStoryOf([post], wordpressRestBase(SITE))?.hero).toEqual(drawnOf(story.hero!));
    // Not told the site, it preloads nothing rather than a path on the app's own origin.
    expect(wordpressEarlyStoryOf([post])?.hero).toBeNull();
  });

  it.each([
    ['a plain paragraph', '<p>Update: the bridge reopened at noon.</p>'],
    ['a bold lead-in', '<p><strong>UPDATED 5/22/23 at 9:21 a.m. ET:</strong> Traffic is back.</p>'],
  ])('says update notes may stand above the photo (%s), so the photo is only requested', (_label, note) => {
    const body = [samplePost({ content: { rendered: `<p>Opening words.</p>${note}`, protected: false } })];
    const story = storyFromPost(v.parse(WordPressPostListSchema, body)[0]!, { siteUrl: SITE });
    expect(story.updates).toHaveLength(1);
    expect(wordpressEarlyStoryOf(body, wordpressRestBase(SITE))?.notes).toBe(true);
  });

  it('draws no photo for a featured file that is not an image, as the app shows none', () => {
    const post = samplePost();
    const media = (post._embedded as { 'wp:featuredmedia': Array<Record<string, unknown>> })['wp:featuredmedia'][0]!;
    media.media_type = 'file';
    expect(storyFromPost(v.parse(WordPressPostListSchema, [post])[0]!, { siteUrl: SITE }).hero).toBeNull();
    expect(wordpressEarlyStoryOf([post], wordpressRestBase(SITE))?.hero).toBeNull();
  });

  it('paints nothing from a response that is not a post list, and keeps markup as text', () => {
    expect(wordpressEarlyStoryOf([])).toBeNull();
    expect(wordpressEarlyStoryOf({ headline: 'Lede contract' })).toBeNull();
    const hostile = wordpressEarlyStoryOf([
      {
        title: { rendered: 'A &lt;b&gt; <img src=x onerror=alert(1)>title<script>alert(1)</script>' },
        _embedded: { author: [{ name: 'Mara &amp; Co' }] },
      },
    ]);
    expect(hostile?.header).toEqual({ headline: 'A <b> title', standfirst: '', byline: [{ name: 'Mara & Co' }] });
    expect(hostile?.hero).toBeNull();
  });
});

describe('the worker’s photos of a WordPress story', () => {
  it('keeps the smallest size of the featured image and of every photo in the body', () => {
    const urls = wordpressStoryImages(recorded('harbour-bridge-reopens').body, SITE);
    expect(urls.length).toBeGreaterThan(1);
    for (const url of urls) expect(url).toMatch(/^http:\/\/127\.0\.0\.1:8881\/wp-content\/uploads\/\S+-\d+x\d+\.webp$/);
    expect(wordpressStoryImages({ not: 'a post list' }, SITE)).toEqual([]);
  });
});
