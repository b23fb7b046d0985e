// Shared Playwright fixture: every test fails if the page logs a console error or throws,
// except for console errors a test declares as expected (e.g. the browser's own 404 log for an unknown story).
import { test as base, expect } from '@playwright/test';

export const test = base.extend<{ expectedConsoleErrors: RegExp[]; pageErrors: string[] }>({
  expectedConsoleErrors: [[], { option: true }],
  pageErrors: [
    async ({ page, expectedConsoleErrors }, use) => {
      const errors: string[] = [];
      page.on('console', (message) => {
        if (message.type() !== 'error') return;
        if (expectedConsoleErrors.some((pattern) => pattern.test(message.text()))) return;
        const where = message.location().url;
        errors.push(`console.error: ${message.text()}${where ? ` (${where})` : ''}`);
      });
      page.on('pageerror', (error) => errors.push(`uncaught: ${error.message}`));
      // Any Content-Security-Policy violation fails the test, whether or not the browser also logs it.
      await page
        .exposeFunction('ledeReportCspViolation', (text: string) => {
          const line = `CSP violation: ${text}`;
          if (!expectedConsoleErrors.some((pattern) => pattern.test(line))) errors.push(line);
        })
        .catch(() => undefined);
      await page.addInitScript(() => {
        document.addEventListener('securitypolicyviolation', (event) => {
          const report = (window as unknown as { ledeReportCspViolation?: (text: string) => void }).ledeReportCspViolation;
          report?.(`${event.effectiveDirective} blocked ${event.blockedURI || 'inline'} at ${event.sourceFile}:${event.lineNumber}`);
        });
      });
      await use(errors);
      expect(errors, 'the page logged errors').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

export const SHOWCASE = '/story/harbour-bridge-reopens';

/** The browser logs every 4xx/5xx response; tests of failures declare the statuses they cause. */
export const httpStatusLogged = (status: number) => new RegExp(`Failed to load resource: the server responded with a status of ${status}\\b`);

/** Requests that fail because the network is off are logged by the browser; offline tests expect them. */
export const networkFailureLogged = /Failed to load resource: net::(ERR_FAILED|ERR_INTERNET_DISCONNECTED)/;

/**
 * Waits until the app itself has rendered the whole page. On a story, index.html's inline script paints the heading
 * before the app runs (src/boot/early-story.ts); only the app renders the footer, and its first render ends with
 * the story's sidebar (src/lib/first-render.ts).
 */
export async function appRendered(page: import('@playwright/test').Page) {
  await expect(page.locator('footer.site-footer')).toBeAttached();
  if (await page.locator('article.story').count()) await expect(page.locator('.story-sidebar')).toBeAttached();
}
