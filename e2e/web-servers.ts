// The servers the browser suites start (Playwright's webServer entries), shared by playwright.config.ts and the
// Firefox suite (e2e/firefox/firefox.config.ts): a build served like production (scripts/serve.ts) and the content API.
import { fileURLToPath } from 'node:url';
import type { PlaywrightTestConfig } from '@playwright/test';

type WebServer = Exclude<NonNullable<PlaywrightTestConfig['webServer']>, unknown[]>;

/** Where the commands run: the repository, whichever folder the config is in. */
const ROOT = fileURLToPath(new URL('..', import.meta.url));

/** The demo built with its test scenarios (npm run build:e2e). */
export const DEMO_DIST = process.env.LEDE_DIST_E2E ?? 'dist-e2e';
/** The Arabic demo with its test scenarios (VITE_PUBLICATION=ar vite build --mode e2e; scripts/test-all.mjs). */
export const ARABIC_DIST = process.env.LEDE_DIST_AR_E2E ?? 'dist-ar-e2e';
/** The English demo with its test scenarios and pseudo-localised words (VITE_PSEUDO_LOCALE=true; scripts/test-all.mjs). */
export const PSEUDO_DIST = process.env.LEDE_DIST_PSEUDO_E2E ?? 'dist-pseudo-e2e';
/** The HTTP-API build (npm run build:http), compiled against the content API's port. */
export const HTTP_DIST = process.env.LEDE_DIST_HTTP ?? 'dist-http';

/** `dir` served on `port` with production's compression, CSP header and SPA fallback. */
export function servedBuild(dir: string, port: number): WebServer {
  return {
    command: `npx tsx scripts/serve.ts --dir ${dir} --port ${port}`,
    cwd: ROOT,
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  };
}

/** The fixture content API (npm run api) with its test switches, on `port`. */
export function contentApi(port: number): WebServer {
  return {
    command: `npx tsx scripts/api-server.ts --test-switches`,
    cwd: ROOT,
    env: { LEDE_API_PORT: String(port) },
    url: `http://127.0.0.1:${port}/api/front`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  };
}
