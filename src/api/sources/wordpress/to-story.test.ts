// A WordPress post parsed with the schemas and mapped to Lede's story, summary and topics, as the contract expects.
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { StorySchema } from '../../story';
import { parseContent } from '../../http';
import { ContentError } from '../../errors';
import { SummarySchema } from '../../summary';
import { GENERATED_EXCERPT_POSTS } from '../../../../mocks/wordpress/generated-excerpts';
import { recordedPosts } from '../../../../mocks/wordpress/recorded-site';
import { samplePost } from '../../../../mocks/wordpress/samples';
import { WordPressPostListSchema, WordPressPostSchema, WordPressTermListSchema } from './schemas';
import { standfirstFromExcerpt } from './standfirst';
import { storyFromPost, summariesFromPosts, summaryFromPost, topicFromTerm } from './to-story';

const SITE = 'https://news.example.com';
const UPLOADS = `${SITE}/wp-content/uploads/2023/05`;
const OPTIONS = { siteUrl: SITE, timeZone: 'America/New_York' };
const parsePost = (overrides: Record<string, unknown> = {}) => v.parse(WordPressPostSchema, samplePost(overrides));

describe('storyFromPost', () => {
  it('maps the header, hero, topics and update notes of a real post', () => {
    const story = storyFromPost(parsePost(), OPTIONS);
    expect({ ...story, body: story.body.map((block) => block.type) }).toEqual({
      slug: 'harbour-bridge-reopens',
      headline: 'Council’s bridge reopens & traffic returns',
      standfirst: 'The Alder Street bridge reopened after eleven weeks of repairs & inspections',
      byline: [{ name: 'Mara Lind' }],
      publishedAt: '2023-05-21T22:05:00Z',
      updatedAt: '2023-05-22T13:21:00Z',
      live: null,
      topics: [
        { slug: 'transport', name: 'Roads & Transport' },
        { slug: 'alder-street', name: 'Alder Street' },
      ],
      hero: {
        url: `${UPLOADS}/bridge.jpg`,
        width: 1600,
        height: 1067,
        alt: 'The Alder Street bridge at dawn',
        caption: 'The bridge at dawn on Monday.',
        credit: 'INES VARGA/HARBOUR PRESS',
        // The square thumbnail is a crop, not a rendition of the same picture.
        renditions: [
          // With its file's size where WordPress says it (media_details.filesize, sizes.*.filesize).
          { url: `${UPLOADS}/bridge-300x200.jpg`, width: 300, bytes: 12_000 },
          { url: `${UPLOADS}/bridge-768x512.jpg`, width: 768 },
          { url: `${UPLOADS}/bridge-1024x683.jpg`, width: 1024 },
          { url: `${UPLOADS}/bridge.jpg`, width: 1600, bytes: 210_000 },
        ],
      },
      body: ['paragraph', 'heading', 'figure', 'quote', 'list', 'list', 'embed', 'embed', 'paragraph', 'cta'],
      updates: [
        { at: '2023-05-22T13:21:00Z', text: 'This story has been updated with comment from the harbour authority.' },
        { at: '2023-05-22T13:21:00Z', text: 'The cycle path reopening date has been confirmed.' },
      ],
    });
  });

  it('produces a story the content contract accepts unchanged', () => {
    const story = storyFromPost(parsePost(), OPTIONS);
    expect(v.parse(StorySchema, story)).toEqual(story);
  });

  it('has no update time when the post was never modified after publishing, and no hero without an image', () => {
    const story = storyFromPost(parsePost({ modified_gmt: '2023-05-21T22:05:00', _embedded: { author: [] } }), OPTIONS);
    expect(story.updatedAt).toBeNull();
    expect(story.hero).toBeNull();
    expect(story.byline).toEqual([]);
    expect(story.topics).toEqual([]);
  });

  it('refuses a slug Lede cannot route, with a ContentError', () => {
    expect(() => storyFromPost(parsePost({ slug: 'caf%c3%a9-opens' }), OPTIONS)).toThrow(ContentError);
  });
});

describe('summaryFromPost', () => {
  it('maps a card with the first topic and the hero as thumbnail', () => {
    const summary = summaryFromPost(parsePost(), OPTIONS);
    expect(summary).toMatchObject({
      slug: 'harbour-bridge-reopens',
      standfirst: 'The Alder Street bridge reopened after eleven weeks of repairs & inspections',
      topic: { slug: 'transport', name: 'Roads & Transport' },
    });
    expect(summary?.thumbnail?.url).toBe(`${UPLOADS}/bridge.jpg`);
    expect(v.parse(SummarySchema, summary)).toEqual(summary);
  });

  it('falls back to Uncategorized when a post has no other topic, and skips unroutable posts in lists', () => {
    const terms = [[{ id: 1, name: 'Uncategorized', slug: 'uncategorized', taxonomy: 'category' }]];
    const plain = parsePost({ slug: 'plain', categories: [1], tags: [], _embedded: { 'wp:term': terms } });
    expect(summaryFromPost(plain, OPTIONS)?.topic).toEqual({ slug: 'uncategorized', name: 'Uncategorized' });
    expect(
      summaryFromPost(parsePost({ slug: 'no-terms', _embedded: {} }), { ...OPTIONS, fallbackTopic: { slug: 'news', name: 'News' } })?.topic,
    ).toEqual({
      slug: 'news',
      name: 'News',
    });
    expect(summariesFromPosts([plain, parsePost({ slug: 'Ünicode' })], OPTIONS).map((s) => s.slug)).toEqual(['plain']);
  });
});

describe("a story's standfirst", () => {
  it.each(GENERATED_EXCERPT_POSTS)('is none when WordPress generated the excerpt from the body: $name', ({ content, excerpt }) => {
    const post = parsePost({ content, excerpt });
    expect(storyFromPost(post, OPTIONS).standfirst).toBe('');
    // A card has no body beside it: there the generated excerpt is the story's teaser.
    expect(summaryFromPost(post, OPTIONS)?.standfirst).toBe(standfirstFromExcerpt(excerpt.rendered));
  });

  it('is none when the written excerpt is the opening of the body, word for word', () => {
    const opening =
      '<p>The Alder Street bridge reopened on Monday after <em>eleven weeks</em> of repairs, the council&#8217;s transport office said.</p>';
    const post = parsePost({ content: { rendered: `${opening}<p>More.</p>` }, excerpt: { rendered: opening } });
    expect(storyFromPost(post, OPTIONS).standfirst).toBe('');
  });

  it('is the excerpt an editor wrote', () => {
    for (const post of recordedPosts()) {
      const parsed = v.parse(WordPressPostSchema, post);
      expect(storyFromPost(parsed, OPTIONS).standfirst).toBe(standfirstFromExcerpt(parsed.excerpt.rendered));
      expect(storyFromPost(parsed, OPTIONS).standfirst).not.toBe('');
    }
    // Sharing the body's first words is not enough: the excerpt must go on as the body does.
    const post = parsePost({
      content: { rendered: '<p>The Alder Street bridge reopened on Monday after eleven weeks of repairs, the council said.</p>' },
      excerpt: { rendered: '<p>The Alder Street bridge reopened, and the city is glad.</p>' },
    });
    expect(storyFromPost(post, OPTIONS).standfirst).toBe('The Alder Street bridge reopened, and the city is glad.');
  });
});

describe('standfirstFromExcerpt', () => {
  it('keeps the text of a written excerpt and drops WordPress continuations', () => {
    expect(standfirstFromExcerpt('<p>Written by an editor.</p>\n')).toBe('Written by an editor.');
    expect(standfirstFromExcerpt('<p>Auto excerpt cut here [&hellip;]</p>\n')).toBe('Auto excerpt cut here');
    expect(
      standfirstFromExcerpt(
        '<p>Theme excerpt&hellip; <a class="more-link" href="/x/">Continue reading<span class="screen-reader-text"> Title</span></a></p>',
      ),
    ).toBe('Theme excerpt…');
  });
});

describe('WordPress schemas', () => {
  it('turns odd or missing fields into defaults, and embedded error objects into nothing', () => {
    const post = v.parse(WordPressPostSchema, {
      id: 7,
      slug: 'odd',
      date_gmt: '2023-05-21T22:05:00',
      modified_gmt: 'yesterday',
      title: 'not an object',
      sticky: 'yes',
      categories: 'x',
      _embedded: {
        author: [{ code: 'rest_user_invalid_id', message: 'Invalid user ID.', data: { status: 404 } }],
        'wp:featuredmedia': [{ code: 'rest_forbidden', message: 'Sorry.', data: { status: 401 } }],
        'wp:term': [[{ id: 3, name: 'Sport', slug: 'sport', taxonomy: 'category' }, { broken: true }], 'junk'],
      },
    });
    expect(post).toMatchObject({
      modified_gmt: null,
      title: { rendered: '' },
      content: { rendered: '' },
      sticky: false,
      categories: [],
      tags: [],
      link: '',
      authors: [],
      featuredMedia: null,
    });
    expect(post.terms).toEqual([{ id: 3, name: 'Sport', slug: 'sport', taxonomy: 'category', count: 0, description: '' }]);
  });

  it('makes a ContentError of a response that is not a post list, or has no readable post', () => {
    const url = `${SITE}/wp-json/wp/v2/posts`;
    expect(() => parseContent(WordPressPostListSchema, '<html></html>', url)).toThrow(ContentError);
    expect(() => parseContent(WordPressPostListSchema, [{ id: 1 }, { slug: 'x' }], url)).toThrow(/no readable post/);
    expect(parseContent(WordPressPostListSchema, [], url)).toEqual([]);
    expect(parseContent(WordPressPostListSchema, [samplePost(), { id: 'bad' }], url).map((post) => post.slug)).toEqual(['harbour-bridge-reopens']);
  });

  it('reads categories and tags as Lede topics, decoding names and skipping slugs Lede cannot route', () => {
    const terms = v.parse(WordPressTermListSchema, [
      {
        id: 5,
        count: 12,
        description: '',
        link: `${SITE}/category/transport/`,
        name: 'Roads &amp; Transport',
        slug: 'transport',
        taxonomy: 'category',
        parent: 0,
      },
      { id: 6, count: 1, description: '<p>Caf&eacute;s</p>', name: 'Cafés', slug: 'caf%c3%a9s', taxonomy: 'category', parent: 0 },
    ]);
    expect(terms.map(topicFromTerm)).toEqual([{ slug: 'transport', name: 'Roads & Transport', description: '' }, null]);
  });
});
