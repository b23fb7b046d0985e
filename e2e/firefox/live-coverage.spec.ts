// Live coverage in Firefox: a post arriving while the reader is further down is held ("Show 1 new post"), nothing
// under the reader moves, and the post goes in at the top when asked.
import type { Page } from 'puppeteer-core';
import { TEST_SWITCH_COOKIES } from '../../mocks/test-switches';
import { STORM } from '../live-coverage';
import { HTTP_API_BASE } from '../ports';
import { expect, test, type Build } from './fixtures';
import type { Network } from './network';
import { byRole, click, PAGE_HEADING, textOf, visible } from './reader';

/**
 * Pins the fixture clock at `minute`: the demo's mock API (in its service worker) reads the cookie; the HTTP API is
 * another origin the browser sends no cookie to, so the network adds it to the API's requests.
 */
async function pinLiveClock(tab: Page, network: Network, build: Build, minute: number) {
  const cookie = { name: TEST_SWITCH_COOKIES.liveMinute, value: String(minute) };
  if (build === 'demo') await tab.browserContext().setCookie({ ...cookie, domain: '127.0.0.1', path: '/' });
  else network.setCookieFor(HTTP_API_BASE, `${cookie.name}=${cookie.value}`);
}

const POSTS = `${byRole('region', 'Latest posts')} article`;
const newestPost = (tab: Page) => tab.$eval(POSTS, (post) => post.id);

test('a post arriving while reading further down waits behind "Show 1 new post", then goes in at the top', async ({ tab, open, network, build }) => {
  await pinLiveClock(tab, network, build, 0);
  await open(STORM);
  await visible(tab, POSTS);
  const headline = await textOf(tab, PAGE_HEADING);
  await expect.poll(() => tab.title()).toBe(`${headline} · Lede`);
  // The reader is reading an older post's paragraph, mid-screen.
  const reading = '#post-surge-010 p';
  await tab.$eval(reading, (paragraph) => paragraph.scrollIntoView({ block: 'center' }));
  const top = () => tab.$eval(reading, (paragraph) => paragraph.getBoundingClientRect().top);
  const before = await top();

  await pinLiveClock(tab, network, build, 2);
  // What a tab coming back into view does: the poller checks at once rather than at its next tick.
  await tab.evaluate(() => document.dispatchEvent(new Event('visibilitychange')));
  const button = byRole('button', 'Show 1 new post');
  await visible(tab, button);
  await expect.poll(() => tab.title()).toBe(`(1) ${headline} · Lede`);
  expect(await tab.$$eval('[role="status"]', (statuses) => statuses.some((status) => status.textContent?.startsWith('1 new post.')))).toBe(true);
  // Nothing under the reader moved, and the post is not on the page yet.
  expect(await top()).toBe(before);
  expect(await newestPost(tab)).toBe('post-surge-018');

  await click(tab, button);
  await expect.poll(() => newestPost(tab)).toBe('post-surge-019');
  await expect.poll(() => tab.evaluate(() => document.activeElement?.textContent)).toBe('Latest posts');
  // In view, as Playwright's toBeInViewport has it: some of it on the screen.
  const heading = await tab.evaluate(() => {
    const box = document.activeElement?.getBoundingClientRect();
    return box ? { top: box.top, bottom: box.bottom, screen: window.innerHeight } : undefined;
  });
  expect(heading && heading.bottom > 0 && heading.top < heading.screen, JSON.stringify(heading)).toBe(true);
  await expect.poll(() => tab.title()).toBe(`${headline} · Lede`);
  expect(await tab.$(button)).toBeNull();
});
