// The server puts React's own hoisted <title>, <meta> and <link> tags into <head> (splitHoisted): the browser's
// React adopts them as it hydrates, adds none of its own, and owns them from then on — hostile text included.
import { act } from '@testing-library/react';
import { hydrateRoot } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import type { Story } from '../api/story';
import { PageMetaTags } from '../components/PageMetaTags';
import { storyMeta } from '../model/page-meta';
import { fixtureStory, SHOWCASE_SLUG } from '../test/fixtures';
import { splitHoisted } from './render';

const ORIGIN = 'https://news.example';
// Quotes, markup, and a line break (a parser reads a CR in an attribute as LF, which would make the two sides differ).
const HOSTILE = `"Quotes" & 'apostrophes' </title><script>alert(1)</script><meta name="x" content="y">\r\nsecond line\tand\u0007 more`;

const hostileStory = (): Story => {
  const story = fixtureStory(SHOWCASE_SLUG);
  return {
    ...story,
    headline: HOSTILE,
    standfirst: `${HOSTILE} — standfirst`,
    topics: [{ slug: 'city', name: `<b>City</b> & "Town"` }],
    hero: { ...story.hero!, alt: HOSTILE },
  };
};

describe('the head tags React hoists on the server', () => {
  it('are split from the app, adopted as the browser hydrates, never doubled, and removed with the page', async () => {
    const meta = storyMeta(hostileStory(), ORIGIN);
    const page = (
      <main>
        <PageMetaTags meta={meta} withTitle />
        <h1>Story</h1>
      </main>
    );
    const { head, app } = splitHoisted(renderToString(page));
    expect(app.startsWith('<main>')).toBe(true);
    expect(head).not.toContain('<main>');
    const parsed = new DOMParser().parseFromString(`<!doctype html><html><head>${head}</head><body></body></html>`, 'text/html');
    // Nothing in the text became an element: one title, the page's own tags only.
    expect(parsed.head.querySelectorAll('title')).toHaveLength(1);
    expect(parsed.head.querySelectorAll('script, meta[name="x"]')).toHaveLength(0);
    expect(parsed.head.querySelectorAll('meta, link')).toHaveLength(meta.meta.length + meta.links.length);
    document.head.append(...parsed.head.children);
    const written = [...document.head.querySelectorAll('title, meta, link')];
    const container = document.createElement('div');
    container.innerHTML = app;
    document.body.append(container);
    const errors: unknown[] = [];
    const root = await act(async () => hydrateRoot(container, page, { onRecoverableError: (error) => errors.push(error) }));
    expect(errors).toEqual([]);
    expect([...document.head.querySelectorAll('title, meta, link')]).toEqual(written);
    act(() => root.unmount());
    expect(document.head.querySelectorAll('meta, link')).toHaveLength(0);
    container.remove();
  });
});
