// Switches the e2e demo build's mock API into a named failure scenario, via its test switch cookies (only the builds
// that run tests carry them: mocks/demo-handlers.ts).
import type { BrowserContext } from '@playwright/test';
import type { Scenario, ScenarioTarget } from '../mocks/handlers/scenarios';
import { TEST_SWITCH_COOKIES } from '../mocks/test-switches';

export type { Scenario, ScenarioTarget };
export { RETRY_AFTER_SECONDS, SCENARIOS, SLOW_MS } from '../mocks/handlers/scenarios';

const HOST = '127.0.0.1';

/** Turn `scenario` on for requests to `target` (every /api request by default). Call before navigating. */
export async function applyScenario(context: BrowserContext, scenario: Scenario, target: ScenarioTarget = 'all'): Promise<void> {
  await context.addCookies([
    { name: TEST_SWITCH_COOKIES.scenario, value: scenario, domain: HOST, path: '/' },
    { name: TEST_SWITCH_COOKIES.scenarioTarget, value: target, domain: HOST, path: '/' },
  ]);
}

/** Turn every scenario off: the mock API answers normally again from the next request. */
export async function clearScenario(context: BrowserContext): Promise<void> {
  await context.clearCookies({ domain: HOST });
}
