// Every MSW handler Lede uses, in one list shared by the browser worker, Node tests and the demo.
import { contentHandlers } from './handlers/content';
import { cookieScenarioHandler } from './handlers/scenarios';

// The scenario handler comes first and falls through unless a test switched a scenario on.
export const handlers = [cookieScenarioHandler, ...contentHandlers];
