// Every MSW handler for Lede's content with its test switches read from cookies, in one list for the places tests
// run: Vitest (mocks/node.ts) and `npm run api -- --test-switches` (the HTTP-API build's API in Playwright). The demo's
// are in demo-handlers.ts.
import { switchedContentHandlers } from './handlers/generated-live';
import { readTestSwitches } from './test-switches';

export const handlers = switchedContentHandlers(readTestSwitches);
