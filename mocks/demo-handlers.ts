// The handlers the demo answers /api with (its service worker, the page on a first visit, the dev server's worker).
// Only a build that runs tests (the e2e demo, `npm run build:e2e`: VITE_LEDE_TEST_SWITCHES=true) or the dev server
// reads the test switches and has the failure scenarios; the public demo is built without both, so neither ships.
import type { HttpHandler } from 'msw';
import { contentHandlers } from './handlers/content';
import { scenarioHandler } from './handlers/scenarios';
import { noTestSwitches, readTestSwitches } from './test-switches';

/** Whether this build honours test switches; a build-time constant, so the code behind it is left out of the public demo. */
export const DEMO_TEST_SWITCHES = import.meta.env.DEV || import.meta.env.VITE_LEDE_TEST_SWITCHES === 'true';

function switchedHandlers(): HttpHandler[] {
  const content = contentHandlers(readTestSwitches);
  return [scenarioHandler(readTestSwitches, content), ...content];
}

export const demoHandlers: HttpHandler[] = DEMO_TEST_SWITCHES ? switchedHandlers() : contentHandlers(noTestSwitches);
