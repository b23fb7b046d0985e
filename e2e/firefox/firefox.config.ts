// The Firefox suite (npm run test:firefox, and a row of npm test): Lede's core journeys in Debian's Firefox ESR over
// WebDriver BiDi (puppeteer-core; ./fixtures.ts), against the demo built with its test switches (dist-e2e) and the
// HTTP-API build (dist-http) over the fixture content API, served as playwright.config.ts serves them. Playwright
// Test runs it (workers, timeouts, reports); its own browsers are not used. Ports: e2e/ports.ts.
import { defineConfig } from '@playwright/test';
import { SUITE_SETTINGS } from '../suite-settings';
import { API_PORT, DEMO_PORT, HTTP_PORT } from '../ports';
import { contentApi, DEMO_DIST, HTTP_DIST, servedBuild } from '../web-servers';
import type { Build } from './fixtures';

export default defineConfig<{ build: Build }>({
  testDir: '.',
  ...SUITE_SETTINGS,
  outputDir: '../../test-results/firefox',
  reporter: [['list'], ['json', { outputFile: '../../.cache/firefox-results.json' }]],
  projects: [
    { name: 'firefox-demo', use: { build: 'demo', baseURL: `http://127.0.0.1:${DEMO_PORT}` } },
    { name: 'firefox-http', use: { build: 'http', baseURL: `http://127.0.0.1:${HTTP_PORT}` } },
  ],
  webServer: [servedBuild(DEMO_DIST, DEMO_PORT), contentApi(API_PORT), servedBuild(HTTP_DIST, HTTP_PORT)],
});
