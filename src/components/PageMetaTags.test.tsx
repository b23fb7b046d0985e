import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { Story } from '../api/story';
import { archiveMeta, liveMeta, storyMeta } from '../model/page-meta';
import { fixtureStory, SHOWCASE_SLUG } from '../test/fixtures';
import { PageMetaTags } from './PageMetaTags';

const ORIGIN = 'https://news.example';
const HOSTILE = `"Quotes" & 'apostrophes' </script><script>alert(1)</script>\r\nsecond line`;

const hostileStory = (): Story => {
  const story = fixtureStory(SHOWCASE_SLUG);
  return {
    ...story,
    headline: HOSTILE,
    standfirst: HOSTILE,
    topics: [{ slug: 'city', name: `<b>City</b>\r\n& co` }],
    hero: { ...story.hero!, alt: HOSTILE },
  };
};

describe('PageMetaTags', () => {
  it('puts the title, meta and link tags in the head and the JSON-LD where it renders, "<" escaped in its text', () => {
    const meta = storyMeta(hostileStory(), ORIGIN);
    const { container } = render(<PageMetaTags meta={meta} withTitle />);
    expect(document.title).toBe(meta.title);
    expect(document.head.querySelector('meta[property="og:title"]')?.getAttribute('content')).toBe(
      meta.meta.find((tag) => 'property' in tag && tag.property === 'og:title')?.content,
    );
    expect(document.head.querySelector('link[rel="canonical"]')?.getAttribute('href')).toBe(`${ORIGIN}/story/${SHOWCASE_SLUG}`);
    const script = screen.getByTestId('news-article-jsonld');
    expect(container.contains(script)).toBe(true);
    expect(script.getAttribute('type')).toBe('application/ld+json');
    expect(script.textContent).not.toContain('<');
    expect(script.textContent).toContain('\\u003c/script>');
    expect(JSON.parse(script.textContent ?? '')).toEqual(JSON.parse(JSON.stringify(meta.jsonLd[0])));
    // Nothing the headline carries became an element.
    expect(document.querySelectorAll('script')).toHaveLength(1);
    expect(document.querySelectorAll('b')).toHaveLength(0);
  });

  it('leaves the title to the page when told to', () => {
    render(<PageMetaTags meta={archiveMeta(null, ORIGIN)} withTitle={false} />);
    expect(document.head.querySelector('title')).toBeNull();
    expect(document.head.querySelector('link[rel="canonical"]')?.getAttribute('href')).toBe(`${ORIGIN}/archive`);
  });

  it('gives each JSON-LD document a test id after its type', () => {
    render(
      <PageMetaTags
        meta={liveMeta(fixtureStory('storm-surge-flood-watch'), fixtureStory('storm-surge-flood-watch').live!, [], ORIGIN)}
        withTitle={false}
      />,
    );
    expect(JSON.parse(screen.getByTestId('news-article-jsonld').textContent ?? '')['@type']).toBe('NewsArticle');
    expect(JSON.parse(screen.getByTestId('live-blog-posting-jsonld').textContent ?? '')['@type']).toBe('LiveBlogPosting');
  });
});
