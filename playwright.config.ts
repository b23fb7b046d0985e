// End-to-end tests against the built apps served like production (scripts/serve.ts: compression, CSP header,
// SPA fallback), in Chromium with service workers allowed. Three builds: the demo (mock API inside the service worker;
// built with its test scenarios into dist-e2e), the public demo as a visitor gets it (dist, project `public-demo`) and
// the HTTP-API build (dist-http) reading a real local HTTP content API (npm run api, with its test switches); the
// Arabic demo (dist-ar-e2e, project `arabic`) and the English one with pseudo-localised words (dist-pseudo-e2e,
// project `pseudo`), both built with the test switches by scripts/test-all.mjs. With
// LEDE_WORDPRESS_URL set (a running `npm run wordpress`), also the WordPress build (dist-wordpress) over that site, and
// the same built for plain permalinks (dist-wordpress-plain). Ports: e2e/ports.ts (`npm test` chooses free ones).
// The core journeys in Firefox have their own config (e2e/firefox/firefox.config.ts, decision 032).
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { defineConfig, devices } from '@playwright/test';
import { SUITE_SETTINGS } from './e2e/suite-settings';
import { CHROMIUM_FLAGS, resolveChromium } from './e2e/chromium';
import {
  API_PORT,
  ARABIC_PORT,
  DEMO_PORT,
  HTTP_PORT,
  PUBLIC_DEMO_PORT,
  WORDPRESS_BUILD_PORT,
  WORDPRESS_PLAIN_BUILD_PORT,
  WORDPRESS_URL,
  PSEUDO_PORT,
} from './e2e/ports';
import { ARABIC_DIST, contentApi, DEMO_DIST, HTTP_DIST, PSEUDO_DIST, servedBuild } from './e2e/web-servers';

let executablePath: string | undefined;
try {
  executablePath = resolveChromium();
} catch (error) {
  console.error((error as Error).message);
  process.exit(1);
}

/** The public demo (`npm run build`), served only to prove that no test switch reaches it, when it is built. */
const PUBLIC_DEMO_DIST = process.env.LEDE_DIST ?? 'dist';
const PUBLIC_DEMO_BUILT = existsSync(join(PUBLIC_DEMO_DIST, 'index.html'));
const WORDPRESS_DIST = process.env.LEDE_DIST_WORDPRESS ?? 'dist-wordpress';
const WORDPRESS_PLAIN_DIST = process.env.LEDE_DIST_WORDPRESS_PLAIN ?? 'dist-wordpress-plain';
/** Specs of their own builds or browser (e2e/firefox/, its own config), which the demo projects do not run. */
const OWN_BUILDS = /e2e\/(http|public-demo|wordpress|wordpress-plain|firefox|deploy|arabic|pseudo-locale)\//;

const desktop = { ...devices['Desktop Chrome'], viewport: { width: 1440, height: 900 } };

export default defineConfig({
  testDir: './e2e',
  ...SUITE_SETTINGS,
  reporter: [['list'], ['json', { outputFile: '.cache/playwright-results.json' }]],
  use: {
    trace: 'retain-on-failure',
    serviceWorkers: 'allow',
    launchOptions: { executablePath, args: CHROMIUM_FLAGS },
  },
  projects: [
    { name: 'desktop', testIgnore: OWN_BUILDS, grepInvert: /@phone/, use: { ...desktop, baseURL: `http://127.0.0.1:${DEMO_PORT}` } },
    { name: 'phone', testIgnore: OWN_BUILDS, grep: /@phone/, use: { ...devices['Pixel 7'], baseURL: `http://127.0.0.1:${DEMO_PORT}` } },
    // The Arabic demo (dist-ar-e2e): its journeys on a desktop, and those tagged @phone again on a phone.
    { name: 'arabic', testMatch: /e2e\/arabic\/.*\.spec\.ts$/, use: { ...desktop, baseURL: `http://127.0.0.1:${ARABIC_PORT}` } },
    {
      name: 'arabic-phone',
      testMatch: /e2e\/arabic\/.*\.spec\.ts$/,
      grep: /@phone/,
      use: { ...devices['Pixel 7'], baseURL: `http://127.0.0.1:${ARABIC_PORT}` },
    },
    // The English demo with every catalog string lengthened and bracketed (dist-pseudo-e2e): nothing clipped or overlapping.
    { name: 'pseudo', testMatch: /e2e\/pseudo-locale\/.*\.spec\.ts$/, use: { ...desktop, baseURL: `http://127.0.0.1:${PSEUDO_PORT}` } },
    { name: 'http', testMatch: /e2e\/http\/.*\.spec\.ts$/, use: { ...desktop, baseURL: `http://127.0.0.1:${HTTP_PORT}` } },
    ...(PUBLIC_DEMO_BUILT
      ? [{ name: 'public-demo', testMatch: /e2e\/public-demo\/.*\.spec\.ts$/, use: { ...desktop, baseURL: `http://127.0.0.1:${PUBLIC_DEMO_PORT}` } }]
      : []),
    ...(WORDPRESS_URL
      ? [
          { name: 'wordpress', testMatch: /e2e\/wordpress\/.*\.spec\.ts$/, use: { ...desktop, baseURL: `http://127.0.0.1:${WORDPRESS_BUILD_PORT}` } },
          {
            name: 'wordpress-plain',
            testMatch: /e2e\/wordpress-plain\/.*\.spec\.ts$/,
            use: { ...desktop, baseURL: `http://127.0.0.1:${WORDPRESS_PLAIN_BUILD_PORT}` },
          },
        ]
      : []),
    // The HTTP-API build behind Debian's nginx, when the suite's deploy row has deployed it (e2e/deploy/deployments.ts).
    ...(process.env.LEDE_DEPLOY_STATIC_URL ? [{ name: 'deploy', testMatch: /e2e\/deploy\/.*\.spec\.ts$/, use: desktop }] : []),
  ],
  webServer: [
    servedBuild(DEMO_DIST, DEMO_PORT),
    servedBuild(ARABIC_DIST, ARABIC_PORT),
    servedBuild(PSEUDO_DIST, PSEUDO_PORT),
    ...(PUBLIC_DEMO_BUILT ? [servedBuild(PUBLIC_DEMO_DIST, PUBLIC_DEMO_PORT)] : []),
    contentApi(API_PORT),
    servedBuild(HTTP_DIST, HTTP_PORT),
    ...(WORDPRESS_URL ? [servedBuild(WORDPRESS_DIST, WORDPRESS_BUILD_PORT), servedBuild(WORDPRESS_PLAIN_DIST, WORDPRESS_PLAIN_BUILD_PORT)] : []),
  ],
});
