// What a reader sees, found as the Chromium specs find it: by ARIA role and accessible name (puppeteer's ARIA query,
// answered by Firefox's own accessibility tree) and by visible text; never by class names. A part of a selector that
// names nothing is the HTML element whose implicit role is the one meant (main, article, li, a, figure): an ARIA
// query costs Firefox a walk of its accessibility tree, and a nested one a walk per element the outer part found.
import type { ElementHandle, Page } from 'puppeteer-core';
import { expect } from './fixtures';

/** Elements with ARIA `role` and, when given, exactly the accessible `name`. Selectors nest with a space. */
export function byRole(role: string, name?: string): string {
  if (name?.includes('"')) throw new Error(`byRole: a name with a double quote cannot be matched: ${name}`);
  return `::-p-aria([role="${role}"]${name === undefined ? '' : `[name="${name}"]`})`;
}

/** The page's own heading (a page has one h1, in main). */
export const PAGE_HEADING = 'main h1';

/** How long a wait for something on the page lasts; shorter than a test, so the failure says which wait it was. */
const WAIT = { timeout: 10_000 };

/** The first element matching `selector` that is visible now (puppeteer's test: a box, and not visibility: hidden). */
async function firstVisible(tab: Page, selector: string): Promise<ElementHandle | null> {
  // Mostly the first match is the one: listing every match costs a round trip per element.
  const first = await tab.$(selector);
  if (!first || (await first.isVisible().catch(() => false))) return first;
  for (const handle of await tab.$$(selector)) {
    if (await handle.isVisible().catch(() => false)) return handle;
  }
  return null;
}

/**
 * Runs `action` on the first visible element matching `selector`, once there is one. Each try queries the page
 * afresh: React replaces elements (the early paint's heading, a list's rows), and a handle to a replaced one is stale.
 */
async function onVisible<T>(tab: Page, selector: string, action: (handle: ElementHandle) => Promise<T>): Promise<T> {
  let result: { value: T } | undefined;
  await expect(async () => {
    const handle = await firstVisible(tab, selector);
    expect(handle, `nothing visible matches ${selector}`).not.toBeNull();
    result = { value: await action(handle as ElementHandle) };
  }).toPass(WAIT);
  return (result as { value: T }).value;
}

/** Waits until an element matching `selector` is visible. */
export async function visible(tab: Page, selector: string): Promise<void> {
  await onVisible(tab, selector, async () => undefined);
}

/** The trimmed text of the first visible element matching `selector`, once there is one. */
export function textOf(tab: Page, selector: string): Promise<string> {
  return onVisible(tab, selector, (handle) => handle.evaluate((element) => element.textContent?.trim() ?? ''));
}

/** How many elements match `selector` now. */
export async function countOf(tab: Page, selector: string): Promise<number> {
  return (await tab.$$(selector)).length;
}

/** Clicks the first visible element matching `selector` (scrolled into view first). */
export async function click(tab: Page, selector: string): Promise<void> {
  await onVisible(tab, selector, (handle) => handle.click());
}

/** Types `text` into the first visible field matching `selector`. */
export async function typeInto(tab: Page, selector: string, text: string): Promise<void> {
  await onVisible(tab, selector, (handle) => handle.focus());
  await tab.keyboard.type(text);
}

/** The page's own heading's text now (undefined while there is none). */
export const headingText = (tab: Page) => tab.$eval(PAGE_HEADING, (heading) => heading.textContent?.trim()).catch(() => undefined);

/** Waits until the page's own heading reads `text`. */
export async function headingIs(tab: Page, text: string): Promise<void> {
  await expect.poll(() => headingText(tab), WAIT).toBe(text);
}

/** Whether every image inside the first element matching `selector` has loaded and decoded to a real size (false while there is none). */
export function photosLoaded(tab: Page, selector: string): Promise<boolean> {
  return tab
    .$eval(selector, (element) => {
      const images = [...element.querySelectorAll('img')];
      return images.length > 0 && images.every((image) => image.complete && image.naturalWidth > 0);
    })
    .catch(() => false);
}

/** Waits until the service worker has installed (precached the shell) and controls the page. */
export async function workerControls(tab: Page): Promise<void> {
  await tab.waitForFunction(() => navigator.serviceWorker.controller?.state === 'activated', { timeout: 20_000 });
}
