// The news archive in Firefox: paging by the button and by scrolling (a virtual list), and back to the same place.
import type { Page } from 'puppeteer-core';
import { expect, test } from './fixtures';
import { byRole, click, headingIs, textOf } from './reader';

/** The number the feed's status announces ("150 stories shown."), 0 before it says one. */
function storiesShown(tab: Page): Promise<number> {
  // The role attribute, not the ARIA query: this is read many times while scrolling, and that query is slow.
  return tab.$$eval('[role="status"]', (statuses) => {
    for (const status of statuses) {
      const shown = /^(\d+) stories shown\.$/.exec(status.textContent ?? '');
      if (shown) return Number(shown[1]);
    }
    return 0;
  });
}

/** The first story headline whose top is on the screen, and where. */
function firstStoryOnScreen(tab: Page): Promise<{ text: string; top: number }> {
  return tab.evaluate(() => {
    for (const link of document.querySelectorAll<HTMLElement>('main article :is(h2, h3) a')) {
      const top = link.getBoundingClientRect().top;
      if (top >= 0 && top < window.innerHeight) return { text: link.textContent?.trim() ?? '', top };
    }
    return { text: '', top: -1 };
  });
}

test('the archive pages by its button and by scrolling, and going back returns to the same place', async ({ tab, open }) => {
  await open('/');
  await click(tab, byRole('link', 'News archive'));
  await headingIs(tab, 'News archive');
  await textOf(tab, 'main article');
  const first = await storiesShown(tab);
  expect(first).toBeGreaterThan(0);

  await click(tab, byRole('button', 'Load more stories'));
  await expect.poll(() => storiesShown(tab)).toBeGreaterThan(first);
  const byButton = await storiesShown(tab);

  // Reading on down loads the next page before "Load more" comes into view.
  await tab.mouse.move(640, 400);
  await expect
    .poll(
      async () => {
        await tab.mouse.wheel({ deltaY: 800 });
        return storiesShown(tab);
      },
      { timeout: 15_000, intervals: [150] },
    )
    .toBeGreaterThan(byButton);
  expect(await tab.evaluate(() => window.scrollY)).toBeGreaterThan(3000);

  const before = await firstStoryOnScreen(tab);
  expect(before.text).not.toBe('');
  await click(tab, byRole('link', before.text));
  await headingIs(tab, before.text);

  await tab.goBack();
  await headingIs(tab, 'News archive');
  await expect.poll(async () => (await firstStoryOnScreen(tab)).text).toBe(before.text);
  expect(Math.abs((await firstStoryOnScreen(tab)).top - before.top)).toBeLessThanOrEqual(2);
});
