// Switches the e2e demo build's mock API into a named failure scenario, via the cookies its scenario handler reads
// (only that build has one: mocks/demo-handlers.ts).
import type { BrowserContext } from '@playwright/test';
import { SCENARIO_COOKIE, SCENARIO_TARGET_COOKIE, type Scenario, type ScenarioTarget } from '../mocks/handlers/scenarios';

export type { Scenario, ScenarioTarget };
export { RETRY_AFTER_SECONDS, SCENARIOS, SLOW_MS } from '../mocks/handlers/scenarios';

const HOST = '127.0.0.1';

/** Turn `scenario` on for requests to `target` (every /api request by default). Call before navigating. */
export async function applyScenario(context: BrowserContext, scenario: Scenario, target: ScenarioTarget = 'all'): Promise<void> {
  await context.addCookies([
    { name: SCENARIO_COOKIE, value: scenario, domain: HOST, path: '/' },
    { name: SCENARIO_TARGET_COOKIE, value: target, domain: HOST, path: '/' },
  ]);
}

/** Turn every scenario off: the mock API answers normally again from the next request. */
export async function clearScenario(context: BrowserContext): Promise<void> {
  await context.clearCookies({ domain: HOST });
}
