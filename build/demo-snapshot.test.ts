import { getResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { handlers } from '../mocks/handlers';
import { VERSIONED_SLUG } from '../mocks/fixtures/story-versions';
import { STILL_LIVE_SLUG } from '../mocks/fixtures/live-stories';
import { takeSnapshot } from './demo-snapshot';

describe('the demo build first-visit snapshot', () => {
  it("holds the mock API's own answers for the front page, sidebars, topics and every story that does not follow the clock", async () => {
    const snapshot = await takeSnapshot('en');
    expect([...snapshot.keys()]).toEqual(
      expect.arrayContaining([
        '/front',
        '/hot-topics',
        '/popular?period=week',
        '/stories/harbour-bridge-reopens',
        '/stories/harbour-bridge-reopens/similar',
      ]),
    );
    // The changing story and live coverage are answered at request time, never frozen at build time.
    expect(snapshot.has(`/stories/${VERSIONED_SLUG}`)).toBe(false);
    expect(snapshot.has(`/stories/${STILL_LIVE_SLUG}`)).toBe(false);
    for (const [key, body] of snapshot) {
      const response = await getResponse(handlers, new Request(`http://lede.invalid/api${key}`));
      expect(JSON.parse(body), key).toEqual(await response!.json());
    }
  });

  it("takes the build's publication's content: an Arabic build's snapshot holds only the Arabic stories", async () => {
    const snapshot = await takeSnapshot('ar');
    expect(snapshot.has('/stories/corniche-bridge-reopens')).toBe(true);
    expect(snapshot.has('/stories/harbour-bridge-reopens')).toBe(false);
    expect(JSON.parse(snapshot.get('/hot-topics')!).items[0].name).toBe('المناخ');
  });
});
