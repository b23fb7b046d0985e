// Lede's contract as the app worker sees it: which requests are stories, posts and lists, and which photos a story keeps.
import { describe, expect, it } from 'vitest';
import { ledeWorker } from './worker';

const APP = 'https://news.example';
const worker = ledeWorker({ apiBase: 'https://content.example/v1/api', appOrigin: APP, imageOrigins: ['https://cdn.example'] });
const kind = (url: string) => worker.requestKind(new URL(url));

describe('the Lede worker', () => {
  it('tells stories, live coverage and lists apart under the API base', () => {
    expect(kind('https://content.example/v1/api/stories/harbour-bridge')).toBe('story');
    expect(kind('https://content.example/v1/api/stories/harbour-bridge/similar')).toBe('list');
    expect(kind('https://content.example/v1/api/stories/storm-live/posts?limit=20')).toBe('newest-posts');
    expect(kind('https://content.example/v1/api/stories/storm-live/posts?after=p-9')).toBe('posts-poll');
    expect(kind('https://content.example/v1/api/stories/storm-live/posts?before=c-2')).toBe('posts-poll');
    expect(kind('https://content.example/v1/api/front')).toBe('list');
    expect(kind('https://content.example/v1/api/search?q=bridge')).toBe('list');
  });

  it('leaves everything outside the API base alone', () => {
    expect(kind('https://content.example/v1/apix/stories/a')).toBeNull();
    expect(kind('https://content.example/stories/a')).toBeNull();
    expect(kind('https://other.example/v1/api/stories/a')).toBeNull();
    expect(kind(`${APP}/story/harbour-bridge`)).toBeNull();
  });

  it('keeps the smallest rendition of every photo, root-relative ones as the app’s', () => {
    const story = {
      hero: {
        url: '/images/bridge-1600.webp',
        renditions: [
          { url: '/images/bridge-960.webp', width: 960 },
          { url: '/images/bridge-480.webp', width: 480 },
        ],
      },
      body: [{ type: 'figure', image: { url: 'https://cdn.example/p/quay.webp', renditions: [] } }],
    };
    expect(worker.storyImages(story)).toEqual([`${APP}/images/bridge-480.webp`, 'https://cdn.example/p/quay.webp']);
  });

  it('never takes a protocol-relative or non-http address for a photo', () => {
    const story = {
      hero: { url: '//evil.example/x.webp', renditions: [] },
      body: [{ type: 'figure', image: { url: 'javascript:alert(1)', renditions: [] } }],
    };
    expect(worker.storyImages(story)).toEqual([]);
    expect(worker.storyImages('not a story')).toEqual([]);
  });
});
