// Accessibility in Firefox: axe-core, run inside the page as Firefox renders it, finds nothing on the front page and
// on a story, in the light and the dark theme (the Chromium suite's rules: e2e/a11y.spec.ts).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { AxeResults } from 'axe-core';
import type { Page } from 'puppeteer-core';
import { DEFAULT_PREFERENCES, PREFERENCES_KEY } from '../../src/lib/preferences';
import { SHOWCASE } from '../fixtures';
import { expect, test } from './fixtures';
import { byRole, PAGE_HEADING, visible } from './reader';

/** axe-core as @axe-core/playwright (the Chromium suite's) depends on it. */
const require = createRequire(import.meta.url);
const AXE_SOURCE = readFileSync(createRequire(require.resolve('@axe-core/playwright')).resolve('axe-core/axe.min.js'), 'utf8');
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'];

/** What axe finds on the page as it is now: each rule broken, with the elements that break it. */
async function axeViolations(tab: Page): Promise<string[]> {
  await tab.evaluate(AXE_SOURCE);
  const violations = await tab.evaluate(async (tags) => {
    const { axe } = window as unknown as { axe: { run(context: Document, options: object): Promise<AxeResults> } };
    const results = await axe.run(document, { runOnly: { type: 'tag', values: tags } });
    return results.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
  }, AXE_TAGS);
  return violations;
}

/** Nothing is still loading: the lists have arrived and no section is busy. */
async function settled(tab: Page) {
  await visible(tab, PAGE_HEADING);
  await visible(tab, `${byRole('region', "This week's most popular")} li`);
  await visible(tab, byRole('navigation', 'Hot topics'));
  await expect.poll(() => tab.$$eval('[aria-busy="true"]', (busy) => busy.length)).toBe(0);
}

for (const theme of ['light', 'dark'] as const) {
  test.describe(`${theme} theme`, () => {
    test.beforeEach(async ({ tab }) => {
      // A reader who chose this theme in Display: it is in this device's storage before Lede starts.
      const preferences = JSON.stringify({ ...DEFAULT_PREFERENCES, theme });
      await tab.evaluateOnNewDocument((key, value) => localStorage.setItem(key, value), PREFERENCES_KEY, preferences);
    });

    test('axe finds nothing on the front page', async ({ tab, open }) => {
      await open('/');
      await settled(tab);
      expect(await tab.evaluate(() => document.documentElement.dataset.theme)).toBe(theme);
      expect(await axeViolations(tab)).toEqual([]);
    });

    test('axe finds nothing on a story with its sidebar', async ({ tab, open }) => {
      await open(SHOWCASE);
      await settled(tab);
      await visible(tab, `${byRole('region', 'Similar')} article`);
      expect(await tab.evaluate(() => document.documentElement.dataset.theme)).toBe(theme);
      expect(await axeViolations(tab)).toEqual([]);
    });
  });
}
