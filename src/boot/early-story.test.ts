import { afterEach, describe, expect, it, vi } from 'vitest';
import { takeEarlyResponse } from '../api/early';
import { STORY_IMAGE_SIZES } from '../lib/image-sizes';
import { buildSrcSet } from '../lib/srcset';
import { fixtureArticle, SHOWCASE_SLUG } from '../test/fixtures';
import { EARLY_GLOBAL, earlyStoryScript } from './early-story';

function runScript(source: string) {
  // The same source the build inlines into index.html, run as a classic script would be.
  new Function(source)();
}

afterEach(() => {
  vi.unstubAllGlobals();
  document.head.querySelectorAll('link[rel="preload"]').forEach((link) => link.remove());
  (window as unknown as Record<string, unknown>)[EARLY_GLOBAL] = undefined;
  window.history.replaceState(null, '', '/');
});

describe('early story script', () => {
  const article = fixtureArticle(SHOWCASE_SLUG);

  it('starts the story request at once and preloads the hero exactly as the <img> will ask for it', async () => {
    window.history.replaceState(null, '', `/story/${SHOWCASE_SLUG}`);
    const fetchMock = vi.fn(async () => Response.json(article));
    vi.stubGlobal('fetch', fetchMock);
    runScript(earlyStoryScript({ apiBase: 'https://content.example.com/api/', demo: false, sizes: STORY_IMAGE_SIZES }));

    expect(fetchMock).toHaveBeenCalledWith(`https://content.example.com/api/stories/${SHOWCASE_SLUG}`, expect.anything());
    await vi.waitFor(() => expect(document.head.querySelector('link[rel="preload"][as="image"]')).not.toBeNull());
    const link = document.head.querySelector('link[rel="preload"][as="image"]') as HTMLLinkElement;
    expect(link.getAttribute('imagesrcset')).toBe(buildSrcSet(article.hero!));
    expect(link.getAttribute('imagesizes')).toBe(STORY_IMAGE_SIZES);
    expect(link.getAttribute('fetchpriority')).toBe('high');

    // The app takes the same request once, for the same URL only.
    expect(takeEarlyResponse('https://content.example.com/api/stories/other')).toBeUndefined();
    expect(takeEarlyResponse(`https://content.example.com/api/stories/${SHOWCASE_SLUG}`)).toBeDefined();
    expect(takeEarlyResponse(`https://content.example.com/api/stories/${SHOWCASE_SLUG}`)).toBeUndefined();
  });

  it('does nothing off story pages, and in the demo until the service worker controls the page', () => {
    const fetchMock = vi.fn();
    vi.stubGlobal('fetch', fetchMock);
    window.history.replaceState(null, '', '/topic/city');
    runScript(earlyStoryScript({ apiBase: '/api', demo: false, sizes: STORY_IMAGE_SIZES }));
    window.history.replaceState(null, '', `/story/${SHOWCASE_SLUG}`);
    runScript(earlyStoryScript({ apiBase: '/api', demo: true, sizes: STORY_IMAGE_SIZES }));
    expect(fetchMock).not.toHaveBeenCalled();
  });

  it("preloads the matching route's page chunks, and only those", () => {
    vi.stubGlobal('fetch', vi.fn(async () => Response.json(article)));
    window.history.replaceState(null, '', `/story/${SHOWCASE_SLUG}`);
    const routeChunks: Array<[string, string[]]> = [
      ['^/story/[a-z0-9-]+/?$', ['assets/StoryPage-abc.js', 'assets/StoryCard-def.js']],
      ['^/$', ['assets/FrontPage-123.js']],
    ];
    runScript(earlyStoryScript({ apiBase: '/api', demo: false, sizes: STORY_IMAGE_SIZES, routeChunks }));
    const preloads = [...document.head.querySelectorAll('link[rel="modulepreload"]')].map((link) => link.getAttribute('href'));
    expect(preloads).toEqual(['/assets/StoryPage-abc.js', '/assets/StoryCard-def.js']);
    document.head.querySelectorAll('link[rel="modulepreload"]').forEach((link) => link.remove());
  });

  it('never preloads an unsafe hero URL', async () => {
    window.history.replaceState(null, '', `/story/${SHOWCASE_SLUG}`);
    vi.stubGlobal('fetch', vi.fn(async () => Response.json({ ...article, hero: { ...article.hero, url: 'javascript:alert(1)' } })));
    runScript(earlyStoryScript({ apiBase: '/api', demo: false, sizes: STORY_IMAGE_SIZES }));
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(document.head.querySelector('link[rel="preload"]')).toBeNull();
  });
});
