// Helpers for PWA tests: wait for the service worker to control the page, read caches, ask Chromium about installability.
import { chromium, type Page } from '@playwright/test';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CHROMIUM_FLAGS, resolveChromium } from './chromium';

/** Waits until the worker has installed (precached the shell) and controls the page. */
export async function waitForServiceWorkerControl(page: Page): Promise<void> {
  // The predicate must be synchronous: a returned Promise would count as truthy at once.
  await page.waitForFunction(() => navigator.serviceWorker.controller?.state === 'activated', null, { timeout: 20_000 });
}

export async function installabilityErrors(page: Page): Promise<unknown[]> {
  const client = await page.context().newCDPSession(page);
  const result = (await client.send('Page.getInstallabilityErrors')) as { installabilityErrors: unknown[] };
  await client.detach();
  return result.installabilityErrors;
}

export async function cacheEntryCount(page: Page, cacheName: string): Promise<number> {
  return page.evaluate(async (name) => (await (await caches.open(name)).keys()).length, cacheName);
}

/**
 * Chromium's installability verdict for the app at `baseURL`, once its worker controls the page.
 * Installability needs a normal (not incognito) profile, hence a persistent context of its own.
 */
export async function installabilityOf(baseURL: string): Promise<{ errors: unknown[]; manifest: Record<string, unknown> }> {
  const userDataDir = mkdtempSync(join(tmpdir(), 'lede-install-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: resolveChromium(),
    args: CHROMIUM_FLAGS,
    baseURL,
    serviceWorkers: 'allow',
  });
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    await page.goto('/');
    await waitForServiceWorkerControl(page);
    const errors = await installabilityErrors(page);
    const manifest = (await (await page.request.get('/manifest.webmanifest')).json()) as Record<string, unknown>;
    return { errors, manifest };
  } finally {
    await context.close();
  }
}

/**
 * Keeps navigator.onLine true and hides the browser's online/offline events from the page, as Chromium 150 does after
 * a navigation under Playwright's offline emulation: offline must then be observed from Lede's own requests.
 */
export async function browserNeverSaysOffline(page: Page): Promise<void> {
  await page.addInitScript(() => {
    Object.defineProperty(Navigator.prototype, 'onLine', { configurable: true, get: () => true });
    for (const type of ['online', 'offline']) window.addEventListener(type, (event) => event.stopImmediatePropagation(), { capture: true });
  });
}
