// The Firefox suite's fixtures: one Firefox per Playwright worker behind its own network (./network.ts), and for each
// test a tab in a fresh browser context (its own cookies, storage and service workers) at a desktop size. A test
// fails if the page logs a console error, throws, or violates the Content-Security-Policy, as in e2e/fixtures.ts.
import { test as base, expect } from '@playwright/test';
import type { Browser, ConsoleMessage, Page } from 'puppeteer-core';
import { FIREFOX_PATH, launchFirefox } from './firefox';
import { startNetwork, type Network } from './network';

/** Which build a project serves: the demo (mock API in its service worker) or the HTTP-API build. */
export type Build = 'demo' | 'http';

/** Desktop width, where the masthead shows every control (issue 23 moves some into a menu on phones). */
const VIEWPORT = { width: 1280, height: 800 };
/** Shorter than the test's own timeout, so a wait that fails says which one. */
const WAIT_MS = 10_000;

interface WorkerFixtures {
  firefoxPath: string;
  firefox: { browser: Browser; network: Network };
}

interface TestFixtures {
  build: Build;
  expectedConsoleErrors: RegExp[];
  network: Network;
  /** A Firefox tab in a browser context of its own. */
  tab: Page;
  /** Opens `path` of the project's build in the tab, and waits until it has loaded what it loads. */
  open: (path: string) => Promise<void>;
}

/** A console message's text with each argument spelled out (puppeteer shows an Error as "JSHandle@error"). */
async function consoleText(message: ConsoleMessage): Promise<string> {
  const parts = message
    .args()
    .map((arg) => arg.evaluate((value) => (value instanceof Error ? `${value.name}: ${value.message}` : String(value))).catch(() => arg.toString()));
  return (await Promise.all(parts)).join(' ');
}

export const test = base.extend<TestFixtures, WorkerFixtures>({
  build: ['demo', { option: true }],
  expectedConsoleErrors: [[], { option: true }],
  firefoxPath: [FIREFOX_PATH, { scope: 'worker', option: true }],
  firefox: [
    async ({ firefoxPath }, use) => {
      const network = await startNetwork();
      const browser = await launchFirefox(firefoxPath, network.port);
      await use({ browser, network });
      await browser.close();
      await network.close();
    },
    { scope: 'worker', timeout: 60_000 },
  ],
  network: async ({ firefox }, use) => {
    await use(firefox.network);
    firefox.network.reset();
  },
  tab: async ({ firefox, expectedConsoleErrors }, use, testInfo) => {
    const context = await firefox.browser.createBrowserContext();
    const tab = await context.newPage();
    await tab.setViewport(VIEWPORT);
    tab.setDefaultTimeout(WAIT_MS);
    // Each error as text, read from the page while it is still open (an Error argument is a handle into it).
    const logged: Promise<string>[] = [];
    tab.on('console', (message) => {
      if (message.type() === 'error') logged.push(consoleText(message).then((text) => `console.error: ${text}`));
    });
    tab.on('pageerror', (error) => logged.push(Promise.resolve(`uncaught: ${error instanceof Error ? error.message : String(error)}`)));
    // Firefox reports a Content-Security-Policy violation to the page; logged as an error, it fails the test above.
    await tab.evaluateOnNewDocument(() => {
      document.addEventListener('securitypolicyviolation', (event) => {
        console.error(
          `CSP violation: ${event.effectiveDirective} blocked ${event.blockedURI || 'inline'} at ${event.sourceFile}:${event.lineNumber}`,
        );
      });
    });
    let errors: string[] = [];
    try {
      await use(tab);
      // What the tab showed when the test failed, beside its report (test-results/firefox/).
      if (testInfo.status !== testInfo.expectedStatus) await tab.screenshot({ path: testInfo.outputPath('failed.png') }).catch(() => undefined);
      errors = (await Promise.all(logged)).filter((line) => !expectedConsoleErrors.some((pattern) => pattern.test(line)));
    } finally {
      await context.close();
    }
    expect(errors, 'the page logged errors').toEqual([]);
  },
  open: async ({ tab, baseURL }, use) => {
    await use(async (path) => {
      await tab.goto(new URL(path, baseURL).href);
      // Until the parts a page loads after it shows are in (src/pwa/Download.tsx): leaving a page while its lazy
      // code is on its way makes Firefox fail the import, and React logs that error as the page goes (decision 032).
      await tab.waitForNetworkIdle({ idleTime: 200 });
    });
  },
});

export { expect };

/**
 * What Firefox logs, as uncaught errors of the page, for requests that fail because the network is gone (Chromium
 * logs `net::ERR_FAILED`: e2e/fixtures.ts): a service worker's answer that found neither network nor cache (a
 * Workbox `no-response`, or a photo's network error passed on), and a cross-origin request (the HTTP API) that got no
 * answer at all.
 */
export const networkFailureLogged = new RegExp(
  [
    /^uncaught: Failed to load ‘[^’]+’\. A ServiceWorker passed a promise to FetchEvent\.respondWith\(\) that rejected with ‘Error: no-response /,
    // A photo the worker has in no cache: its strategy passes on the network's own error.
    /^uncaught: Failed to load ‘[^’]+\/images\/[^’]+’\. A ServiceWorker intercepted the request and encountered an unexpected error\.$/,
    /^uncaught: Cross-Origin Request Blocked: The Same Origin Policy disallows reading the remote resource at \S+\. \(Reason: CORS request did not succeed\)\. Status code: \(null\)\.$/,
  ]
    .map((pattern) => `(?:${pattern.source})`)
    .join('|'),
);
