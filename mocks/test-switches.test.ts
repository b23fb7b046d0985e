// The test switches: each cookie parsed once, malformed ones ignored, and honoured only by handlers built to read them.
import { getResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { handlers } from './handlers';
import { contentHandlers } from './handlers/content';
import { noTestSwitches, readTestSwitches, TEST_SWITCH_COOKIES } from './test-switches';

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

const generatedLive = (cookie: string) =>
  new Request('http://127.0.0.1/api/stories/generated-live-coverage', { headers: { cookie: `${TEST_SWITCH_COOKIES.liveSize}=${cookie}` } });

describe('handlers and test switches', () => {
  it('the handlers of Vitest and `npm run api` honour a switch sent as a cookie', async () => {
    const story = (await (await getResponse(handlers, generatedLive('50')))!.json()) as { headline: string };
    expect(story.headline).toBe('Generated live coverage with 50 posts');
  });

  it('the public demo’s handlers ignore the same cookie', async () => {
    const story = (await (await getResponse(contentHandlers(noTestSwitches), generatedLive('50')))!.json()) as { headline: string };
    expect(story.headline).toBe('Generated live coverage with 1,000 posts');
  });
});
