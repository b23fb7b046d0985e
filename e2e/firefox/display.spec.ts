// Display settings in Firefox: the theme and text size chosen survive a reload and apply before the first paint.
import { expect, test } from './fixtures';
import { byRole, click, headingIs, textOf, visible } from './reader';

/** Whether the radio button named `name` is checked. */
const checked = (tab: import('puppeteer-core').Page, name: string) =>
  tab.$eval(byRole('radio', name), (radio) => (radio as HTMLInputElement).checked).catch(() => undefined);

test('the theme and text size chosen in Display survive a reload and apply before the first paint', async ({ tab, open }) => {
  await open('/');
  await click(tab, byRole('link', 'Display'));
  await headingIs(tab, 'Display preferences');
  await click(tab, byRole('radio', 'Dark'));
  await click(tab, byRole('radio', 'Extra large'));
  await expect.poll(() => tab.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');

  // The root's state the moment <body> exists, before any app script has run.
  await tab.evaluateOnNewDocument(() => {
    new MutationObserver((_, observer) => {
      if (!document.body) return;
      observer.disconnect();
      const root = document.documentElement;
      const state = {
        theme: root.dataset.theme,
        size: root.dataset.textSize,
        scheme: getComputedStyle(root).colorScheme,
        fontSize: getComputedStyle(root).fontSize,
      };
      root.dataset.firstPaint = JSON.stringify(state);
    }).observe(document, { childList: true, subtree: true });
  });
  await tab.reload();
  await headingIs(tab, 'Display preferences');
  expect(JSON.parse((await tab.evaluate(() => document.documentElement.dataset.firstPaint)) ?? '{}')).toEqual({
    theme: 'dark',
    size: 'x-large',
    scheme: 'dark',
    fontSize: '20px',
  });
  await visible(tab, byRole('radio', 'Dark'));
  expect(await checked(tab, 'Dark')).toBe(true);
  expect(await checked(tab, 'Extra large')).toBe(true);
  expect(await tab.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(21, 23, 26)');

  // Firefox has no Network Information API: Lede cannot tell a metered connection, so it never downloads on its own.
  expect(await textOf(tab, '#auto-refresh-note')).toMatch(/^This browser does not say whether your connection is metered/);
  const autoRefresh = byRole('checkbox', 'Refresh my download of the top stories when Lede opens on a connection that is not metered');
  expect(await tab.$eval(autoRefresh, (box) => (box as HTMLInputElement).disabled)).toBe(true);
});
