// The test switches: cookies with which tests and benches steer the mock API (a failure scenario, a story version, the
// live clock, the archive's and the generated live story's sizes), read here and nowhere else. Only where tests run
// are they read (mocks/handlers.ts, `npm run api -- --test-switches`, the e2e demo build: mocks/demo-handlers.ts);
// the public demo is built without a reader, so it answers every request as if none were set.
import { SCENARIOS, TARGETS, type Scenario, type ScenarioTarget } from './handlers/scenarios';

/** The cookie of each switch; Playwright and the benches set them, and the handlers see them as MSW's `cookies`. */
export const TEST_SWITCH_COOKIES = {
  scenario: 'lede-scenario',
  scenarioTarget: 'lede-scenario-target',
  storyVersion: 'lede-story-version',
  archiveSize: 'lede-archive-size',
  liveMinute: 'lede-live-minute',
  liveSize: 'lede-live-size',
} as const;

/** The switches one request carries, parsed; an absent or malformed switch is left out. */
export interface TestSwitches {
  /** A named failure for the requests `target` matches (every /api request by default). */
  scenario?: { name: Scenario; target: ScenarioTarget };
  /** The changing story's version to serve instead of the one the clock gives. */
  storyVersion?: number;
  /** Generated stories in the archive (clamped by the archive). */
  archiveSize?: number;
  /** The live clock pinned to this whole minute after the demo window opens. */
  liveMinute?: number;
  /** Posts of the generated live story (clamped by the generator). */
  liveSize?: number;
}

/** How content handlers get a request's switches from MSW's `cookies`; handlers given none (the public demo) see `undefined`. */
export type SwitchReader = (cookies: Record<string, string>) => TestSwitches;

function wholeNumber(raw: string | undefined): number | undefined {
  if (raw === undefined || raw.trim() === '') return undefined;
  const value = Number(raw);
  return Number.isInteger(value) && value >= 0 ? value : undefined;
}

function scenarioOf(cookies: Record<string, string>): TestSwitches['scenario'] {
  const name = cookies[TEST_SWITCH_COOKIES.scenario];
  const target = cookies[TEST_SWITCH_COOKIES.scenarioTarget] ?? 'all';
  if (!SCENARIOS.includes(name as Scenario) || !Object.hasOwn(TARGETS, target)) return undefined;
  return { name: name as Scenario, target: target as ScenarioTarget };
}

/** The reader of every build that runs tests: each switch from its cookie. */
export const readTestSwitches: SwitchReader = (cookies) => {
  const switches: TestSwitches = {
    scenario: scenarioOf(cookies),
    storyVersion: wholeNumber(cookies[TEST_SWITCH_COOKIES.storyVersion]),
    archiveSize: wholeNumber(cookies[TEST_SWITCH_COOKIES.archiveSize]),
    liveMinute: wholeNumber(cookies[TEST_SWITCH_COOKIES.liveMinute]),
    liveSize: wholeNumber(cookies[TEST_SWITCH_COOKIES.liveSize]),
  };
  return Object.fromEntries(Object.entries(switches).filter(([, value]) => value !== undefined));
};
