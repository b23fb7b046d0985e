// The test switches: each cookie parsed once, malformed ones ignored, honoured only by handlers built to read them,
// and bounded even there.
import { getResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { ARCHIVE_SEED, generatedSummary, MAX_ARCHIVE_SIZE } from './fixtures/archive-generator';
import { MAX_LIVE_SIZE } from './fixtures/live-generator';
import { handlers } from './handlers';
import { contentHandlers } from './handlers/content';
import { readTestSwitches, TEST_SWITCH_COOKIES } from './test-switches';

describe('readTestSwitches', () => {
  it('parses every switch from its cookie', () => {
    const cookies = {
      [TEST_SWITCH_COOKIES.scenario]: 'slow',
      [TEST_SWITCH_COOKIES.scenarioTarget]: 'story',
      [TEST_SWITCH_COOKIES.storyVersion]: '2',
      [TEST_SWITCH_COOKIES.archiveSize]: '100000',
      [TEST_SWITCH_COOKIES.liveMinute]: '0',
      [TEST_SWITCH_COOKIES.liveSize]: '50',
    };
    expect(readTestSwitches(cookies)).toEqual({
      scenario: { name: 'slow', target: 'story' },
      storyVersion: 2,
      archiveSize: 100_000,
      liveMinute: 0,
      liveSize: 50,
    });
  });

  it('aims a scenario at every request unless a target is named', () => {
    expect(readTestSwitches({ [TEST_SWITCH_COOKIES.scenario]: 'offline' })).toEqual({ scenario: { name: 'offline', target: 'all' } });
  });

  it('leaves out what is absent or malformed, so the mock API behaves as without it', () => {
    expect(readTestSwitches({})).toEqual({});
    expect(
      readTestSwitches({
        [TEST_SWITCH_COOKIES.scenario]: 'meltdown',
        [TEST_SWITCH_COOKIES.storyVersion]: '',
        [TEST_SWITCH_COOKIES.archiveSize]: '-5',
        [TEST_SWITCH_COOKIES.liveMinute]: 'soon',
        [TEST_SWITCH_COOKIES.liveSize]: '1.5',
      }),
    ).toEqual({});
    expect(readTestSwitches({ [TEST_SWITCH_COOKIES.scenario]: 'slow', [TEST_SWITCH_COOKIES.scenarioTarget]: 'toString' })).toEqual({});
  });
});

const withCookie = (path: string, name: string, value: string) =>
  new Request(`http://127.0.0.1/api${path}`, { headers: { cookie: `${name}=${value}` } });
const generatedLive = (size: string) => withCookie('/stories/generated-live-coverage', TEST_SWITCH_COOKIES.liveSize, size);

/** A generated archive story that exists only in an archive of more than `index` stories. */
const generatedSlug = (index: number) => generatedSummary({ size: index + 1, seed: ARCHIVE_SEED }, index).slug;

describe('handlers and test switches', () => {
  it('the handlers of Vitest and `npm run api -- --test-switches` honour a switch sent as a cookie', async () => {
    const story = (await (await getResponse(handlers, generatedLive('50')))!.json()) as { headline: string };
    expect(story.headline).toBe('Generated live coverage with 50 posts');
    const deep = withCookie(`/stories/${generatedSlug(4_000)}`, TEST_SWITCH_COOKIES.archiveSize, '5000');
    expect((await getResponse(handlers, deep))!.status).toBe(200);
  });

  it('the public demo’s handlers ignore the same cookies and have no generated live story at all', async () => {
    const publicDemo = contentHandlers();
    expect((await getResponse(publicDemo, generatedLive('50')))!.status).toBe(404);
    expect((await getResponse(publicDemo, new Request('http://127.0.0.1/api/stories/generated-live-coverage')))!.status).toBe(404);
    const deep = withCookie(`/stories/${generatedSlug(4_000)}`, TEST_SWITCH_COOKIES.archiveSize, '5000');
    expect((await getResponse(publicDemo, deep))!.status).toBe(404);
  });

  it('bounds the sizes a switch can ask for (100,000 archive stories, 5,000 live posts), whatever the cookie says', async () => {
    const huge = (path: string, name: string) => getResponse(handlers, withCookie(path, name, '1000000'));
    expect(MAX_ARCHIVE_SIZE).toBe(100_000);
    expect((await huge(`/stories/${generatedSlug(MAX_ARCHIVE_SIZE - 1)}`, TEST_SWITCH_COOKIES.archiveSize))!.status).toBe(200);
    expect((await huge(`/stories/${generatedSlug(500_000)}`, TEST_SWITCH_COOKIES.archiveSize))!.status).toBe(404);
    const story = (await (await huge('/stories/generated-live-coverage', TEST_SWITCH_COOKIES.liveSize))!.json()) as { headline: string };
    expect(MAX_LIVE_SIZE).toBe(5_000);
    expect(story.headline).toBe('Generated live coverage with 5,000 posts');
  });
});
