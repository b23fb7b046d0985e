// The taps a reader makes on a phone, page by page, for `bench:interactions`: each step is real input (a touchscreen tap
// or key presses) and a wait for the page's visible answer. Controls are found by role and name (issue 23's masthead).
import { expect, type BrowserContext, type Locator, type Page } from '@playwright/test';
import { setTestSwitch } from './demo-server';

export interface Step {
  /** The interaction as a reader would name it: the bench's row. */
  name: string;
  act: (page: Page) => Promise<void>;
}

export interface Visit {
  path: string;
  /** Before the page loads (test switches). */
  before?: (context: BrowserContext) => Promise<void>;
  /** After the page settled and before the CPU is slowed: what must happen first (a post arriving). */
  ready?: (page: Page) => Promise<void>;
  steps: Step[];
}

/** How long a control may take to be there and the page to answer a tap (at full slowdown). */
const ANSWER_MS = 10_000;
export const QUERY = 'harbour bridge';
/** Between keystrokes: a quick thumb on a phone keyboard. */
const KEY_DELAY_MS = 150;

const banner = (page: Page) => page.getByRole('banner');
const menuButton = (page: Page) => banner(page).getByRole('button', { name: 'Menu', exact: true });
const searchBox = (page: Page) => page.getByRole('searchbox', { name: 'Search stories' });
const newPostsButton = (page: Page) => page.getByRole('button', { name: /^Show \d+ new posts?$/ });

/**
 * A reader's tap: the control is scrolled into view first and the page left to finish what the scroll started (a
 * virtual list rendering), as a thumb reaches a button some time after the scroll; then a touchscreen tap at its
 * centre. Not locator.tap(): its hit-target check runs Playwright's script in the page during the tap, and the
 * slowed CPU would count that as the page's input delay.
 */
async function tap(control: Locator): Promise<void> {
  await control.scrollIntoViewIfNeeded({ timeout: ANSWER_MS });
  const page = control.page();
  await page.evaluate(() => new Promise((done) => requestIdleCallback(done, { timeout: 2000 })));
  const centre = await control.evaluate((element) => {
    const box = element.getBoundingClientRect();
    const x = box.left + box.width / 2;
    const y = box.top + box.height / 2;
    const hit = document.elementFromPoint(x, y);
    // A label's text taps its input; anything else on top would take the tap instead.
    const reaches = hit !== null && (element.contains(hit) || hit.contains(element) || (hit instanceof HTMLLabelElement && hit.control === element));
    return reaches ? { x, y } : { covered: hit?.outerHTML.slice(0, 80) ?? 'nothing' };
  });
  if ('covered' in centre) throw new Error(`the control is covered at its centre by ${centre.covered}`);
  await page.touchscreen.tap(centre.x, centre.y);
}

export const VISITS: Visit[] = [
  {
    path: '/',
    steps: [
      {
        name: 'open the menu',
        act: async (page) => {
          await tap(menuButton(page));
          await expect(menuButton(page)).toHaveAttribute('aria-expanded', 'true', { timeout: ANSWER_MS });
          await expect(page.getByRole('link', { name: 'Saved', exact: true })).toBeVisible({ timeout: ANSWER_MS });
        },
      },
      {
        name: 'close the menu',
        act: async (page) => {
          await tap(menuButton(page));
          await expect(menuButton(page)).toHaveAttribute('aria-expanded', 'false', { timeout: ANSWER_MS });
        },
      },
      {
        name: 'open search',
        act: async (page) => {
          await tap(banner(page).getByRole('button', { name: 'Search', exact: true }));
          await expect(searchBox(page)).toBeFocused({ timeout: ANSWER_MS });
        },
      },
      {
        name: `type “${QUERY}” (worst keystroke)`,
        act: async (page) => {
          // Where opening search failed, the field is reached as a reader would: by tapping it.
          if (!(await searchBox(page).evaluate((field) => field === document.activeElement))) await tap(searchBox(page));
          await page.keyboard.type(QUERY, { delay: KEY_DELAY_MS });
          await expect(searchBox(page)).toHaveValue(QUERY, { timeout: ANSWER_MS });
        },
      },
    ],
  },
  {
    path: '/story/harbour-bridge-reopens',
    steps: [
      {
        name: 'dismiss hot topics',
        act: async (page) => {
          const hotTopics = page.getByRole('navigation', { name: 'Hot topics' });
          await tap(hotTopics.getByRole('button', { name: 'Hide hot topics' }));
          await expect(hotTopics).toHaveCount(0, { timeout: ANSWER_MS });
        },
      },
      {
        name: 'save for offline',
        act: async (page) => {
          await tap(page.getByRole('main').getByRole('button', { name: 'Save for offline' }));
          await expect(page.getByText('Saved for offline reading')).toBeVisible({ timeout: ANSWER_MS });
        },
      },
    ],
  },
  {
    path: '/story/storm-surge-flood-watch',
    before: (context) => setTestSwitch(context, 'liveMinute', 0),
    ready: async (page) => {
      // The reader is down the posts (at the top, new posts would show at once), and a post arrives: the clock moves
      // on and the poller checks at once, as when the tab comes back into view.
      await page
        .locator('.live-posts__list article')
        .nth(10)
        .evaluate((post) => post.scrollIntoView({ block: 'center' }));
      await setTestSwitch(page.context(), 'liveMinute', 2);
      await page.evaluate(() => document.dispatchEvent(new Event('visibilitychange')));
      await expect(newPostsButton(page)).toBeVisible({ timeout: ANSWER_MS });
    },
    steps: [
      {
        name: 'show new posts (live coverage)',
        act: async (page) => {
          await tap(newPostsButton(page));
          await expect(newPostsButton(page)).toHaveCount(0, { timeout: ANSWER_MS });
          await expect(page.getByRole('heading', { level: 2, name: 'Latest posts' })).toBeFocused({ timeout: ANSWER_MS });
        },
      },
    ],
  },
  {
    path: '/archive',
    steps: [
      {
        name: 'load more stories (archive)',
        act: async (page) => {
          const stories = page.locator('.story-feed article');
          const before = await stories.count();
          await tap(page.getByRole('button', { name: 'Load more stories' }));
          await expect.poll(() => stories.count(), { timeout: ANSWER_MS }).toBeGreaterThan(before);
        },
      },
    ],
  },
  {
    path: '/preferences',
    steps: [
      {
        name: 'switch theme to dark',
        act: async (page) => {
          const dark = page.getByRole('radio', { name: 'Dark' });
          await tap(dark);
          await expect(dark).toBeChecked({ timeout: ANSWER_MS });
          await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark', { timeout: ANSWER_MS });
        },
      },
    ],
  },
];
