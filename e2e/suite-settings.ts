// How both browser suites run (playwright.config.ts, e2e/firefox/firefox.config.ts): the same parallelism, retries and
// time limits, so a journey has the same time in Chromium and Firefox.
export const SUITE_SETTINGS = {
  fullyParallel: true,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  workers: 2,
  timeout: 30_000,
  expect: { timeout: 7_000 },
} as const;
