import { act, render } from '@testing-library/react';
import { hydrateRoot } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import type { Story } from '../api/story';
import { FrontPageSchema } from '../api/summary';
import { PageMetaTags } from '../components/PageMetaTags';
import { archiveMeta, frontMeta, liveMeta, storyMeta, topicMeta, type PageMeta } from '../model/page-meta';
import { fixtureStory, SHOWCASE_SLUG } from '../test/fixtures';
import { escapeHtml, headHtml } from './head';

const ORIGIN = 'https://news.example';
const HOSTILE = `"Quotes" & 'apostrophes' </title><script>alert(1)</script><meta name="x" content="y"> & more`;

const hostileStory = (headline = HOSTILE): Story => {
  const story = fixtureStory(SHOWCASE_SLUG);
  return {
    ...story,
    headline,
    standfirst: `${headline} — standfirst`,
    topics: [{ slug: 'city', name: `<b>City</b> & "Town"` }],
    hero: { ...story.hero!, alt: headline },
  };
};

// A line break too: a parser reads a CR in an attribute as LF, so it would make the server's tags differ from React's.
const BROKEN_LINES = `${HOSTILE}\r\nsecond line\tand\u0007 more`;

/** The head as a browser reads it. */
const parsed = (html: string) => new DOMParser().parseFromString(`<!doctype html><html><head>${html}</head><body></body></html>`, 'text/html');

describe('headHtml', () => {
  it('escapes every text and attribute value, so a hostile headline adds no element and reads back as written', () => {
    const meta = storyMeta(hostileStory(), ORIGIN);
    const html = headHtml(meta);
    expect(html).not.toMatch(/<script|<\/title><|<b>/i);
    const document = parsed(html);
    expect(document.head.children).toHaveLength(1 + meta.meta.length + meta.links.length);
    expect(document.body.childNodes).toHaveLength(0);
    expect(document.title).toBe(`${HOSTILE} · Lede`);
    expect(document.querySelector('meta[property="og:title"]')?.getAttribute('content')).toBe(HOSTILE);
    expect(document.querySelector('meta[property="og:image:alt"]')?.getAttribute('content')).toBe(HOSTILE);
    expect(document.querySelector('meta[property="article:tag"]')?.getAttribute('content')).toBe(`<b>City</b> & "Town"`);
    expect(document.querySelector('meta[name="description"]')?.getAttribute('content')).toBe(`${HOSTILE} — standfirst`);
  });

  it('writes the title first, then every meta and link tag, and no JSON-LD', () => {
    const meta = topicMeta({ slug: 'climate', name: 'Climate', description: 'Heat & floods' }, ORIGIN);
    const html = headHtml(meta);
    expect(html.startsWith('<title>Climate · Lede</title>\n')).toBe(true);
    expect(html).not.toContain('ld+json');
    const tags = [...parsed(html).head.children].map((element) => element.localName);
    expect(tags).toEqual(['title', ...meta.meta.map(() => 'meta'), ...meta.links.map(() => 'link')]);
    expect(html).toContain('<meta name="description" content="Heat &amp; floods">');
    expect(html).toContain(`<link rel="alternate" href="${ORIGIN}/topic/climate/feed.xml" type="application/rss+xml" title="Climate · Lede">`);
  });

  it('names only absolute addresses', () => {
    const document = parsed(headHtml(storyMeta(fixtureStory(SHOWCASE_SLUG), ORIGIN)));
    const addresses = [
      ...[...document.querySelectorAll('link')].map((link) => link.getAttribute('href')),
      ...[...document.querySelectorAll('meta[property="og:url"], meta[property="og:image"], meta[name="twitter:image"]')].map((tag) =>
        tag.getAttribute('content'),
      ),
    ];
    expect(addresses).toHaveLength(5);
    for (const address of addresses) expect(address).toMatch(/^https:\/\/news\.example\/\S+$/);
  });
});

describe('escapeHtml', () => {
  it('escapes the five characters that can end a text or an attribute value', () => {
    expect(escapeHtml(`&<>"'`)).toBe('&amp;&lt;&gt;&quot;&#39;');
    expect(escapeHtml('plain text · ü')).toBe('plain text · ü');
  });
});

/** One line per head tag, with the attributes React's adoption compares (name, property, content, rel, href, type, title). */
function headTags(head: ParentNode): string[] {
  return [...head.querySelectorAll('title, meta, link')].map((element) => {
    if (element.localName === 'title') return `title ${JSON.stringify(element.textContent)}`;
    const attributes = ['name', 'property', 'content', 'rel', 'href', 'type', 'title'].map((name) => element.getAttribute(name));
    return `${element.localName} ${JSON.stringify(attributes)}`;
  });
}

const pages: Array<[string, () => PageMeta]> = [
  ['a story with a hostile headline', () => storyMeta(hostileStory(BROKEN_LINES), ORIGIN)],
  ['live coverage', () => liveMeta(fixtureStory('storm-surge-flood-watch'), fixtureStory('storm-surge-flood-watch').live!, [], ORIGIN)],
  ['a topic', () => topicMeta({ slug: 'climate', name: `Climate & "weather"`, description: `Heat <and> floods` }, ORIGIN)],
  ['the front page', () => frontMeta(v.parse(FrontPageSchema, { topStories: [], hotTopics: [] }), ORIGIN)],
  ['the archive', () => archiveMeta('2026-11-01', ORIGIN)],
];

describe('the client’s tags and the server’s', () => {
  it.each(pages)('for %s renders the same head tags as the server writes', (_, page) => {
    const meta = page();
    render(<PageMetaTags meta={meta} withTitle />);
    const client = headTags(document.head);
    expect(client).toHaveLength(1 + meta.meta.length + meta.links.length);
    expect(client).toEqual(headTags(parsed(headHtml(meta)).head));
  });

  it('adopts, as it hydrates, the head tags the server wrote instead of adding its own, and owns them from then on', async () => {
    const meta = storyMeta(hostileStory(BROKEN_LINES), ORIGIN);
    document.head.append(...parsed(headHtml(meta)).head.children);
    const written = [...document.head.querySelectorAll('title, meta, link')];
    // The server's HTML of the app: React's rendering, without the head tags it hoists to the front.
    const container = document.createElement('div');
    container.innerHTML = renderToString(<PageMetaTags meta={meta} withTitle />);
    for (const hoisted of container.querySelectorAll('title, meta, link')) hoisted.remove();
    document.body.append(container);
    const errors: unknown[] = [];
    const root = await act(async () =>
      hydrateRoot(container, <PageMetaTags meta={meta} withTitle />, { onRecoverableError: (error) => errors.push(error) }),
    );
    expect(errors).toEqual([]);
    expect([...document.head.querySelectorAll('title, meta, link')]).toEqual(written);
    act(() => root.unmount());
    expect(document.head.querySelectorAll('meta, link')).toHaveLength(0);
    container.remove();
  });
});
