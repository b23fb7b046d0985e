import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { FrontPageSchema } from '../api/summary';
import { PostSchema, type Post } from '../api/post';
import type { Story } from '../api/story';
import { TopicSchema } from '../api/topic';
import { topics } from '../../mocks/fixtures/topics';
import { fixtureStory, SHOWCASE_SLUG } from '../test/fixtures';
import { LIVE_UPDATES_LISTED } from './page-json-ld';
import { absoluteUrl, archiveMeta, frontMeta, liveMeta, shareImage, storyMeta, topicMeta, type PageMeta } from './page-meta';

// Not the test page's own origin (jsdom's), so an address built from `window` would show.
const ORIGIN = 'https://news.example';

/** The contents of every `<meta>` with this name or property, in order. */
const contents = (meta: PageMeta, key: string) =>
  meta.meta.filter((tag) => ('name' in tag ? tag.name : tag.property) === key).map((tag) => tag.content);
const content = (meta: PageMeta, key: string) => contents(meta, key)[0];

/** Every address the tags carry. */
const addresses = (meta: PageMeta) => [
  meta.canonical,
  ...meta.links.map((link) => link.href),
  ...['og:url', 'og:image', 'twitter:image'].flatMap((key) => contents(meta, key)),
];

const storyWith = (changes: Partial<Story>): Story => ({ ...fixtureStory(SHOWCASE_SLUG), ...changes });

const image = (url: string, width: number, renditions: Array<{ url: string; width: number }>) => ({
  url,
  width,
  height: width / 2,
  alt: 'A ferry at the quay',
  renditions,
});

describe('story metadata', () => {
  const story = fixtureStory(SHOWCASE_SLUG);
  const meta = storyMeta(story, ORIGIN);
  const hero = story.hero!;

  it('names the story, its canonical address and the article card with its photo, times, section and tags', () => {
    const url = `${ORIGIN}/story/${SHOWCASE_SLUG}`;
    expect(meta.title).toBe(`${story.headline} · Lede`);
    expect(meta.canonical).toBe(url);
    expect(meta.description).toBe(story.standfirst);
    expect(content(meta, 'description')).toBe(story.standfirst);
    expect(content(meta, 'og:type')).toBe('article');
    expect(content(meta, 'og:site_name')).toBe('Lede');
    expect(content(meta, 'og:title')).toBe(story.headline);
    expect(content(meta, 'og:description')).toBe(story.standfirst);
    expect(content(meta, 'og:url')).toBe(url);
    // The fixtures' renditions are 480, 960 and 1600 wide: the card takes the narrowest of at least 1200.
    expect(content(meta, 'og:image')).toBe(`${ORIGIN}/images/bridge-reopening-dawn-1600.webp`);
    expect(content(meta, 'og:image:width')).toBe('1600');
    expect(content(meta, 'og:image:height')).toBe(String(Math.round((hero.height * 1600) / hero.width)));
    expect(content(meta, 'og:image:alt')).toBe(hero.alt);
    expect(content(meta, 'article:published_time')).toBe(story.publishedAt);
    expect(content(meta, 'article:modified_time')).toBe(story.updatedAt);
    expect(content(meta, 'article:section')).toBe('City');
    expect(contents(meta, 'article:tag')).toEqual(['City', 'Transport']);
    expect(content(meta, 'twitter:card')).toBe('summary_large_image');
    expect(content(meta, 'twitter:title')).toBe(story.headline);
    expect(content(meta, 'twitter:description')).toBe(story.standfirst);
    expect(content(meta, 'twitter:image')).toBe(content(meta, 'og:image'));
    expect(content(meta, 'twitter:image:alt')).toBe(hero.alt);
    expect(meta.links).toEqual([
      { rel: 'canonical', href: url },
      { rel: 'alternate', type: 'application/rss+xml', title: 'Lede', href: `${ORIGIN}/feed.xml` },
    ]);
    expect(addresses(meta).every((address) => address.startsWith(`${ORIGIN}/`))).toBe(true);
  });

  it('has NewsArticle JSON-LD with absolute addresses', () => {
    expect(meta.jsonLd).toHaveLength(1);
    expect(meta.jsonLd[0]).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'NewsArticle',
      headline: story.headline,
      image: [`${ORIGIN}${hero.url}`],
      datePublished: story.publishedAt,
      dateModified: story.updatedAt,
      author: story.byline.map((author) => ({ '@type': 'Person', name: author.name, jobTitle: author.role })),
      publisher: { '@type': 'Organization', name: 'Lede', url: `${ORIGIN}/` },
      mainEntityOfPage: meta.canonical,
      articleSection: 'City',
    });
  });

  it('without a photo has a summary card, no image tags and no JSON-LD image', () => {
    const plain = storyMeta(storyWith({ hero: null, updatedAt: null }), ORIGIN);
    expect(content(plain, 'twitter:card')).toBe('summary');
    expect(plain.meta.some((tag) => 'property' in tag && tag.property.startsWith('og:image'))).toBe(false);
    expect(contents(plain, 'twitter:image')).toEqual([]);
    expect(contents(plain, 'article:modified_time')).toEqual([]);
    expect(plain.jsonLd[0]?.image).toBeUndefined();
  });

  it('without a standfirst is described by the start of its first paragraph, cut at a word', () => {
    const words = Array.from({ length: 60 }, (_, index) => `word${index}`).join(' ');
    const described = storyMeta(
      storyWith({
        standfirst: '',
        body: [
          { type: 'heading', text: 'Not this' },
          { type: 'paragraph', content: [{ type: 'text', text: words, marks: [] }] },
        ],
      }),
      ORIGIN,
    );
    expect(described.description).toMatch(/^word0 word1 .* word\d+…$/);
    expect(described.description.length).toBeLessThanOrEqual(201);
    expect(words.startsWith(described.description.slice(0, -1))).toBe(true);
    expect(content(described, 'og:description')).toBe(described.description);
  });

  it('puts headline, topic names and alt text on one line (a parser turns a CR in an attribute into LF)', () => {
    const broken = storyMeta(storyWith({ headline: ' Floods\r\nreturn\t\u0007 ', topics: [{ slug: 'city', name: 'City\r\n' }] }), ORIGIN);
    expect(broken.title).toBe('Floods return · Lede');
    expect(content(broken, 'og:title')).toBe('Floods return');
    expect(content(broken, 'article:tag')).toBe('City');
  });
});

describe('shareImage', () => {
  it('takes the narrowest rendition at least 1200 wide, its height in proportion', () => {
    const chosen = shareImage(
      image('/p-2400.jpg', 2400, [
        { url: '/p-960.jpg', width: 960 },
        { url: '/p-1600.jpg', width: 1600 },
        { url: '/p-1200.jpg', width: 1200 },
      ]),
      ORIGIN,
    );
    expect(chosen).toEqual({ url: `${ORIGIN}/p-1200.jpg`, width: 1200, height: 600, alt: 'A ferry at the quay' });
  });

  it('takes the widest when none is that wide, and keeps an absolute address on its own host', () => {
    const chosen = shareImage(image('https://cdn.example/p.jpg', 1000, [{ url: '/p-480.jpg', width: 480 }]), ORIGIN);
    expect(chosen).toMatchObject({ url: 'https://cdn.example/p.jpg', width: 1000, height: 500 });
  });

  it('never names an unsafe address', () => {
    expect(shareImage(image('javascript:alert(1)', 1600, [{ url: 'data:image/png;base64,AAAA', width: 1200 }]), ORIGIN)).toBeNull();
    const chosen = shareImage(image('/p.jpg', 800, [{ url: ' javascript:alert(1)', width: 1200 }]), ORIGIN);
    expect(chosen?.url).toBe(`${ORIGIN}/p.jpg`);
  });
});

describe('live coverage metadata', () => {
  const story = fixtureStory('storm-surge-flood-watch');
  const live = story.live!;
  const posts: Post[] = Array.from({ length: LIVE_UPDATES_LISTED + 2 }, (_, index) =>
    v.parse(PostSchema, {
      id: `p${9 - index}`,
      publishedAt: `2026-11-20T1${9 - index}:00:00Z`,
      title: index === 0 ? 'Tide peaks' : null,
      author: { name: 'Ada Quay' },
      body: [{ type: 'paragraph', content: [{ type: 'text', text: `Post ${9 - index}` }] }],
    }),
  );

  it('has the story tags, its NewsArticle and a LiveBlogPosting of the newest posts', () => {
    const meta = liveMeta(story, live, posts, ORIGIN);
    const asStory = storyMeta(story, ORIGIN);
    expect(meta.meta).toEqual(asStory.meta);
    expect(meta.links).toEqual(asStory.links);
    expect(meta.jsonLd.map((document) => document['@type'])).toEqual(['NewsArticle', 'LiveBlogPosting']);
    // In the publication's language, as its <html lang> says.
    expect(meta.jsonLd.map((document) => document.inLanguage)).toEqual(['en', 'en']);
    const blog = meta.jsonLd[1]!;
    expect(blog).toMatchObject({
      url: meta.canonical,
      coverageStartTime: live.startedAt,
      coverageEndTime: undefined,
      dateModified: '2026-11-20T19:00:00Z',
    });
    const updates = blog.liveBlogUpdate as Array<{ url: string; headline?: string; articleBody: string }>;
    expect(updates.map((update) => update.url)).toEqual(posts.slice(0, LIVE_UPDATES_LISTED).map((post) => `${meta.canonical}#post-${post.id}`));
    expect(updates[0]).toMatchObject({ headline: 'Tide peaks', articleBody: 'Post 9' });
  });

  it('gives ended coverage its end time, and coverage with no posts yet the story’s time', () => {
    const ended = liveMeta(story, { ...live, status: 'ended', endedAt: '2026-11-20T21:00:00Z' }, [], ORIGIN).jsonLd[1];
    expect(ended).toMatchObject({ coverageEndTime: '2026-11-20T21:00:00Z', dateModified: story.updatedAt, liveBlogUpdate: [] });
  });
});

describe('topic metadata', () => {
  const climate = v.parse(
    TopicSchema,
    topics.find((topic) => topic.slug === 'climate'),
  );

  it('names the topic, links its feed and the site’s, and is a CollectionPage', () => {
    const meta = topicMeta(climate, ORIGIN);
    expect(meta.title).toBe('Climate · Lede');
    expect(meta.canonical).toBe(`${ORIGIN}/topic/climate`);
    expect(content(meta, 'description')).toBe(climate.description);
    expect(content(meta, 'og:type')).toBe('website');
    expect(content(meta, 'og:title')).toBe('Climate');
    expect(content(meta, 'twitter:card')).toBe('summary');
    expect(meta.links.slice(1)).toEqual([
      { rel: 'alternate', type: 'application/rss+xml', title: 'Climate · Lede', href: `${ORIGIN}/topic/climate/feed.xml` },
      { rel: 'alternate', type: 'application/rss+xml', title: 'Lede', href: `${ORIGIN}/feed.xml` },
    ]);
    expect(meta.jsonLd).toEqual([
      {
        '@context': 'https://schema.org',
        '@type': 'CollectionPage',
        name: 'Climate',
        description: climate.description,
        url: `${ORIGIN}/topic/climate`,
        inLanguage: 'en',
        isPartOf: { '@type': 'WebSite', name: 'Lede', url: `${ORIGIN}/`, inLanguage: 'en' },
      },
    ]);
  });

  it('without a description has no description tags', () => {
    const meta = topicMeta({ ...climate, description: '' }, ORIGIN);
    expect(meta.description).toBe('');
    expect(['description', 'og:description', 'twitter:description'].flatMap((key) => contents(meta, key))).toEqual([]);
  });
});

describe('front page metadata', () => {
  const summary = (index: number) => ({
    slug: `story-${index}`,
    headline: `Headline ${index}`,
    publishedAt: '2026-11-23T12:30:00Z',
    topic: { slug: 'city', name: 'City' },
  });
  const front = v.parse(FrontPageSchema, { topStories: Array.from({ length: 12 }, (_, index) => summary(index + 1)), hotTopics: [] });

  it('is the WebSite with its name, with an ItemList of the first ten lead stories', () => {
    const meta = frontMeta(front, ORIGIN);
    expect(meta.title).toBe('Lede · Top stories');
    expect(meta.canonical).toBe(`${ORIGIN}/`);
    expect(content(meta, 'og:title')).toBe('Lede');
    expect(meta.links[1]?.href).toBe(`${ORIGIN}/feed.xml`);
    expect(meta.jsonLd[0]).toEqual({ '@context': 'https://schema.org', '@type': 'WebSite', name: 'Lede', url: `${ORIGIN}/`, inLanguage: 'en' });
    const list = meta.jsonLd[1]!;
    expect(list['@type']).toBe('ItemList');
    expect(list.itemListElement).toHaveLength(10);
    expect((list.itemListElement as unknown[])[1]).toEqual({ '@type': 'ListItem', position: 2, url: `${ORIGIN}/story/story-2`, name: 'Headline 2' });
  });
});

describe('archive metadata', () => {
  it('is a CollectionPage whose canonical address keeps the day it starts before', () => {
    expect(archiveMeta(null, ORIGIN).canonical).toBe(`${ORIGIN}/archive`);
    const meta = archiveMeta('2026-11-01', ORIGIN);
    expect(meta.title).toBe('News archive · Lede');
    expect(meta.canonical).toBe(`${ORIGIN}/archive?before=2026-11-01`);
    expect(content(meta, 'og:url')).toBe(meta.canonical);
    expect(meta.links[1]?.href).toBe(`${ORIGIN}/feed.xml`);
    expect(meta.jsonLd[0]).toMatchObject({ '@type': 'CollectionPage', name: 'News archive', url: meta.canonical });
  });
});

describe('absoluteUrl', () => {
  it('puts a path on the origin, keeps an absolute address, and without an origin keeps the path', () => {
    expect(absoluteUrl(ORIGIN, '/feed.xml')).toBe(`${ORIGIN}/feed.xml`);
    expect(absoluteUrl(ORIGIN, 'https://cdn.example/a.jpg')).toBe('https://cdn.example/a.jpg');
    expect(absoluteUrl('', '/feed.xml')).toBe('/feed.xml');
  });
});
