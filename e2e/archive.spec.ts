// The news archive, topic pages and search on the demo build: paging, place kept on back/forward, date jump,
// prefetch on hover, and the DOM staying small with a 100,000-story archive.
import type { Page } from '@playwright/test';
import { TEST_SWITCH_COOKIES } from '../mocks/test-switches';
import { expect, SHOWCASE, test } from './fixtures';
import { waitForServiceWorkerControl } from './pwa-helpers';

const storyLinks = (page: Page) => page.locator('.story-feed .story-card__title a');

/** The first story link whose top is inside the viewport, with its position. */
async function firstVisibleStory(page: Page): Promise<{ text: string; top: number }> {
  return page.evaluate(() => {
    for (const link of document.querySelectorAll<HTMLElement>('.story-feed .story-card__title a')) {
      const top = link.getBoundingClientRect().top;
      if (top >= 0 && top < window.innerHeight) return { text: link.textContent ?? '', top };
    }
    return { text: '', top: -1 };
  });
}

test('the archive pages, and going back to it returns to the same place', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'News archive' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'News archive' })).toBeVisible();
  await expect(
    page
      .getByRole('heading', { level: 2 })
      .filter({ hasText: /\d{4}$/ })
      .first(),
  ).toBeVisible();
  await expect(storyLinks(page).first()).toBeVisible();

  // Load more by button, then by scrolling.
  const more = page.getByRole('button', { name: 'Load more stories' });
  // Scrolling the button into view may already have loaded a page on its own; either way at least 100 show.
  await more.click();
  await expect(page.getByRole('status').filter({ hasText: /^\d{3} stories shown\.$/ })).toHaveCount(1);
  // The same button keeps focus; its label reads "Loading more stories…" while a scroll-triggered page loads.
  await expect(page.locator('button.story-feed__more')).toBeFocused();
  // Reading on down loads the next page before "Load more" comes into view (it never moves while on screen).
  const loadedByScrolling = page.getByRole('status').filter({ hasText: /^(1[5-9]\d|[2-9]\d\d) stories shown\.$/ });
  for (let step = 0; step < 20 && !(await loadedByScrolling.count()); step += 1) {
    await page.mouse.wheel(0, 800);
    await page.waitForTimeout(150);
  }
  await expect(loadedByScrolling).toHaveCount(1);

  const before = await firstVisibleStory(page);
  expect(before.text).not.toBe('');
  const scrollY = await page.evaluate(() => window.scrollY);
  expect(scrollY).toBeGreaterThan(3000);
  await page.getByRole('link', { name: before.text, exact: true }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(before.text);

  await page.goBack();
  await expect(page.getByRole('heading', { level: 1, name: 'News archive' })).toBeAttached();
  await expect.poll(() => firstVisibleStory(page)).toEqual(expect.objectContaining({ text: before.text }));
  const after = await firstVisibleStory(page);
  expect(Math.abs(after.top - before.top)).toBeLessThanOrEqual(2);
});

test('jumping to a date shows the stories before it, and the URL can be shared', async ({ page }) => {
  await page.goto('/archive');
  await page.getByLabel('Stories before').fill('2024-05-01');
  await page.getByRole('button', { name: 'Go' }).click();
  await expect(page).toHaveURL(/\/archive\?before=2024-05-01$/);
  await expect(page.getByRole('heading', { level: 2, name: /^Stories before Wednesday,? 1 May 2024$/ })).toBeVisible();
  const firstDate = await page.locator('.story-feed time').first().getAttribute('datetime');
  expect(Date.parse(firstDate ?? '')).toBeLessThan(Date.parse('2024-05-01T04:00:00Z'));
  await page.reload();
  await expect(page.locator('.story-feed time').first()).toHaveAttribute('datetime', firstDate ?? '');
});

test('a story tag opens its topic page, which pages like the archive', async ({ page, context }) => {
  // A larger archive gives Transport more than one page of stories.
  await context.addCookies([{ name: TEST_SWITCH_COOKIES.archiveSize, value: '5000', domain: '127.0.0.1', path: '/' }]);
  await page.goto(SHOWCASE);
  const tag = page.getByRole('navigation', { name: 'Topics in this story' }).getByRole('link', { name: 'Transport' });
  await tag.click();
  await expect(page.getByRole('heading', { level: 1, name: 'Transport' })).toBeVisible();
  const region = page.getByRole('region', { name: 'Latest in Transport' });
  await expect(region.getByRole('article').first()).toBeVisible();
  await region.getByRole('button', { name: 'Load more stories' }).click();
  await expect(region.getByRole('status').filter({ hasText: /^\d{3} stories shown\.$/ })).toHaveCount(1);
});

test('the story sidebar links to the archive', async ({ page }) => {
  await page.goto(SHOWCASE);
  await page.getByRole('complementary', { name: 'More stories' }).getByRole('link', { name: 'News archive' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'News archive' })).toBeVisible();
});

test('hovering a story link fetches it, so clicking shows the story with no loading state', async ({ page }) => {
  await page.goto('/archive');
  // Once the service worker answers /api, each story request is a real request the test can see.
  await waitForServiceWorkerControl(page);
  await page.reload();
  const link = storyLinks(page).nth(3);
  const slug = ((await link.getAttribute('href')) ?? '').replace('/story/', '');
  const requests: string[] = [];
  page.on('request', (request) => {
    if (new URL(request.url()).pathname === `/api/stories/${slug}`) requests.push(request.url());
  });
  const fetched = page.waitForResponse((response) => new URL(response.url()).pathname === `/api/stories/${slug}`);
  await link.hover();
  await fetched;
  expect(requests).toHaveLength(1);
  // Record any loading state that appears from the click on.
  await page.evaluate(() => {
    const seen: string[] = [];
    (window as unknown as { loadingSeen: string[] }).loadingSeen = seen;
    new MutationObserver(() => {
      if (document.querySelector('main .page-skeleton, main [aria-busy="true"] h1, main > [aria-busy="true"]')) seen.push('busy');
    }).observe(document.body, { subtree: true, childList: true, attributes: true });
  });
  const headline = (await link.textContent()) ?? '';
  await link.click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(headline);
  expect(await page.evaluate(() => (window as unknown as { loadingSeen: string[] }).loadingSeen)).toEqual([]);
  expect(requests).toHaveLength(1);
});

test('with 100,000 stories, scrolling thousands of them keeps the page under 1,500 elements', async ({ page, context }) => {
  test.setTimeout(120_000);
  await context.addCookies([{ name: TEST_SWITCH_COOKIES.archiveSize, value: '100000', domain: '127.0.0.1', path: '/' }]);
  await page.goto('/archive');
  await expect(storyLinks(page).first()).toBeVisible();
  let maxNodes = 0;
  let shown = 0;
  const more = page.getByRole('button', { name: 'Load more stories' });
  for (let step = 0; step < 400 && shown < 3000; step += 1) {
    await page.mouse.wheel(0, 4000);
    await page.waitForTimeout(40);
    const sample = await page.evaluate(() => ({
      nodes: document.getElementsByTagName('*').length,
      shown: Number(/(\d+) stories shown/.exec(document.querySelector('.story-feed__footer [role="status"]')?.textContent ?? '')?.[1] ?? 0),
      moreOnScreen: (document.querySelector('.story-feed__footer')?.getBoundingClientRect().top ?? Infinity) < window.innerHeight,
    }));
    maxNodes = Math.max(maxNodes, sample.nodes);
    shown = sample.shown;
    // Scrolling this fast outruns the loading: the reader lands on "Load more", which waits for them, and uses it.
    if (sample.moreOnScreen && (await more.count())) await more.click();
  }
  expect(shown).toBeGreaterThanOrEqual(3000);
  expect(maxNodes).toBeLessThanOrEqual(1500);
  // The rows on screen are real stories, and opening one works (generated on demand).
  const link = (await page.locator('.story-feed .story-card__title a').all()).at(-1)!;
  const headline = (await link.textContent()) ?? '';
  await link.click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(headline);
});
