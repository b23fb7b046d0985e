// The early script's first photo (decision 037): drawn as the app's Figure draws it, in the task the page's data
// arrives in, with the app's code held back until it has loaded; none with the data saver on; the front page's lead.
import { render } from '@testing-library/react';
import { createElement } from 'react';
import { afterAll, afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ledeEarly } from '../api/sources/lede/early';
import { Figure } from '../components/Figure';
import { SaveStoryButton } from '../components/SaveStoryButton';
import { ShareStory } from '../components/ShareStory';
import { DATA_SAVER_ATTRIBUTE } from '../lib/data-saver';
import { hotTopicsSignature } from '../lib/hot-topics-signature';
import { LEAD_IMAGE_SIZES, STORY_IMAGE_SIZES } from '../lib/image-sizes';
import { HOT_TOPICS_DISMISSED_KEY } from '../lib/storage-keys';
import { fixtureStory, SHOWCASE_SLUG } from '../test/fixtures';
import { takeEarlyStory } from './early-handoff';
import { START_CAP_MS, runEarlyStory } from './early-story';
import { appShellHtml } from './shell';
import { canonical } from '../test/canonical-markup';
import { frames } from '../test/frames';

/** A story whose photo follows its header (no update notes between them). */
const IMAGE_LED = 'library-reopens-restoration';
const ENTRY = '/assets/main-abc.js';

function runScript() {
  runEarlyStory(
    {
      apiBase: '/api',
      demo: false,
      testSwitches: false,
      snapshotStories: [],
      sizes: STORY_IMAGE_SIZES,
      routeChunks: [],
      entry: ENTRY,
      entryChunks: [],
    },
    ledeEarly,
  );
}

const appStarted = () => document.head.querySelector(`script[type="module"][src="${ENTRY}"]`) !== null;
const heroPreload = () => document.head.querySelector('link[rel="preload"][as="image"]');
const settle = () => frames(4);
const answering = (body: unknown) => vi.fn(async () => Response.json(body));

const story = fixtureStory(IMAGE_LED);
const hero = story.hero!;
const front = {
  topStories: [{ slug: IMAGE_LED, headline: story.headline, standfirst: story.standfirst, thumbnail: hero }],
  hotTopics: [
    { slug: 'transport', name: 'Transport' },
    { slug: 'climate', name: 'Climate' },
  ],
};

beforeEach(() => {
  document.getElementById('root')?.remove();
  const root = document.createElement('div');
  root.id = 'root';
  root.innerHTML = appShellHtml(); // the build's own static markup (trusted, no content)
  document.body.append(root);
});

afterEach(async () => {
  // The app starts now, not in the next test, which would see it: photos "load", and the frames after them pass.
  document.querySelectorAll('main img').forEach((img) => img.dispatchEvent(new Event('load')));
  await settle();
  vi.unstubAllGlobals();
  document.head.querySelectorAll('link[rel="preload"], link[rel="modulepreload"], script[type="module"]').forEach((node) => node.remove());
  document.documentElement.removeAttribute(DATA_SAVER_ATTRIBUTE);
  takeEarlyStory();
  window.localStorage.clear();
  window.history.replaceState(null, '', '/');
});

// A test that ends before the app would have started leaves the script's cap behind: it must fire in this document.
afterAll(() => new Promise((resolve) => setTimeout(resolve, START_CAP_MS)));

describe("the early script's first photo", () => {
  it("draws the story's photo as the app's Figure does, and starts the app only once the photo has loaded", async () => {
    window.history.replaceState(null, '', `/story/${IMAGE_LED}`);
    vi.stubGlobal('fetch', answering(story));
    runScript();
    await vi.waitFor(() => expect(document.querySelector('main .story > .figure > img')).not.toBeNull());
    const photo = document.querySelector('main .story > .figure > img') as HTMLImageElement;
    const { container } = render(createElement(Figure, { image: hero, priority: true }));
    expect(canonical(photo)).toBe(canonical(container.querySelector('img')!));
    // Drawn, so not preloaded a second way; and while it loads, the app's code waits.
    expect(heroPreload()).toBeNull();
    await settle();
    expect(appStarted()).toBe(false);

    photo.dispatchEvent(new Event('load'));
    await vi.waitFor(() => expect(appStarted()).toBe(true));
  });

  it('holds the places of the times line and the story tools, as the app first renders the tools', async () => {
    window.history.replaceState(null, '', `/story/${IMAGE_LED}`);
    vi.stubGlobal('fetch', answering(story));
    runScript();
    await vi.waitFor(() => expect(document.querySelector('main .story-tools')).not.toBeNull());
    const article = document.querySelector('main .story') as HTMLElement;
    expect([...article.children].map((child) => child.className)).toEqual(['story-header', 'story-tools', 'figure']);
    expect(article.querySelector('.story-header')?.lastElementChild?.className).toBe('story-header__times');

    const tools = article.querySelector('.story-tools') as HTMLElement;
    // Hidden from assistive technology and inert: buttons that do nothing until the app draws its own.
    expect(tools.getAttribute('aria-hidden')).toBe('true');
    expect(tools.hasAttribute('inert')).toBe(true);
    const drawn = tools.cloneNode(true) as HTMLElement;
    drawn.removeAttribute('aria-hidden');
    drawn.removeAttribute('inert');
    const noop = () => undefined;
    const { container } = render(
      createElement(
        'div',
        { className: 'story-tools' },
        createElement(SaveStoryButton, { saved: false, busy: false, error: null, onSave: noop, onRemove: noop }),
        createElement(ShareStory, { title: story.headline, url: 'https://example.com/' }),
        createElement('span', { className: 'story-tools__listen' }),
      ),
    );
    expect(canonical(drawn)).toBe(canonical(container.firstElementChild!));
  });

  it('only preloads the photo of a story with update notes, whose banners stand above it', async () => {
    window.history.replaceState(null, '', `/story/${SHOWCASE_SLUG}`);
    vi.stubGlobal('fetch', answering(fixtureStory(SHOWCASE_SLUG)));
    runScript();
    await vi.waitFor(() => expect(appStarted()).toBe(true));
    expect(document.querySelector('main h1')).not.toBeNull();
    expect(document.querySelector('main img, main .story-tools, main .story-header__times')).toBeNull();
    expect(heroPreload()?.getAttribute('fetchpriority')).toBe('high');
  });

  it('with the data saver on, draws and requests no photo', async () => {
    document.documentElement.setAttribute(DATA_SAVER_ATTRIBUTE, '');
    window.history.replaceState(null, '', `/story/${IMAGE_LED}`);
    vi.stubGlobal('fetch', answering(story));
    runScript();
    await vi.waitFor(() => expect(appStarted()).toBe(true));
    expect(document.querySelector('main h1')).not.toBeNull();
    expect(document.querySelector('main img')).toBeNull();
    expect(heroPreload()).toBeNull();
  });

  it("requests the front page's data at once, hands it to the app, and draws its lead with its photo", async () => {
    const fetchMock = answering(front);
    vi.stubGlobal('fetch', fetchMock);
    runScript();
    expect(fetchMock).toHaveBeenCalledWith('/api/front', expect.anything());
    expect(takeEarlyStory()?.url).toBe('/api/front');
    await vi.waitFor(() => expect(document.querySelector('main .lead-story')).not.toBeNull());

    const lead = document.querySelector('main .front-page .front-layout .front-main .lead-story') as HTMLElement;
    expect([...lead.children].map((child) => child.className)).toEqual(['lead-story__title', 'figure', 'lead-story__standfirst']);
    const link = lead.querySelector('h2 > a') as HTMLAnchorElement;
    expect(link.getAttribute('href')).toBe(`/story/${IMAGE_LED}`);
    expect(link.hasAttribute('data-app-link')).toBe(true);
    expect(link.textContent).toBe(story.headline);
    const { container } = render(
      createElement(Figure, { image: { ...hero, caption: undefined, credit: undefined }, priority: true, sizes: LEAD_IMAGE_SIZES }),
    );
    expect(canonical(lead.querySelector('.figure')!)).toBe(canonical(container.querySelector('.figure')!));
    expect(appStarted()).toBe(false);
    lead.querySelector('img')!.dispatchEvent(new Event('load'));
    await vi.waitFor(() => expect(appStarted()).toBe(true));
  });

  it.each([
    ['never dismissed', null, true],
    ['dismissed for these topics', hotTopicsSignature(['transport', 'climate']), false],
    ['dismissed for other topics', hotTopicsSignature(['transport']), true],
  ])('holds the hot-topics place on the front page when the bar will show: %s', async (_label, stored, held) => {
    if (stored !== null) window.localStorage.setItem(HOT_TOPICS_DISMISSED_KEY, stored);
    vi.stubGlobal('fetch', answering(front));
    runScript();
    await vi.waitFor(() => expect(document.querySelector('main .lead-story')).not.toBeNull());
    expect(document.querySelector('main .front-page > .hot-topics--placeholder') !== null).toBe(held);
  });

  it("writes the front page's text as text, and draws no photo from an unsafe address", async () => {
    const hostile = '<img src=x onerror="window.ledePwned=1">';
    const lead = { ...front.topStories[0], headline: hostile, standfirst: hostile, thumbnail: { ...hero, url: 'javascript:alert(1)' } };
    vi.stubGlobal('fetch', answering({ ...front, topStories: [lead] }));
    runScript();
    await vi.waitFor(() => expect(document.querySelector('main .lead-story')).not.toBeNull());
    expect(document.querySelector('main h2')?.textContent).toBe(hostile);
    expect(document.querySelector('main img')).toBeNull();
    // The app's Figure draws nothing for that address either: the standfirst follows the headline in both.
    expect([...document.querySelector('main .lead-story')!.children].map((child) => child.className)).toEqual([
      'lead-story__title',
      'lead-story__standfirst',
    ]);
    expect((window as unknown as { ledePwned?: number }).ledePwned).toBeUndefined();
  });
});
