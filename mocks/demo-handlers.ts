// The handlers the demo answers /api with (its service worker, the page on a first visit, the dev server's worker).
// Only the demo build that runs tests (`npm run build:e2e`, Vite's mode `e2e`) and the dev server read the test
// switches and have the failure scenarios; the public demo is built without both, so neither ships.
import type { HttpHandler } from 'msw';
import { contentHandlers } from './handlers/content';
import { switchedContentHandlers } from './handlers/generated-live';
import { scenarioHandler } from './handlers/scenarios';
import { readTestSwitches } from './test-switches';

/**
 * Whether this build honours test switches: the dev server, or the mode of the e2e build (no environment variable can
 * say so). A build-time constant, so the code behind it is left out of the public demo.
 */
export const DEMO_TEST_SWITCHES = import.meta.env.DEV || import.meta.env.MODE === 'e2e';

function switchedHandlers(): HttpHandler[] {
  const content = switchedContentHandlers(readTestSwitches);
  return [scenarioHandler(readTestSwitches, content), ...content];
}

export const demoHandlers: HttpHandler[] = DEMO_TEST_SWITCHES ? switchedHandlers() : contentHandlers();
