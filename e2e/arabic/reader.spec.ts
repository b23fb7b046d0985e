// The reader's journeys over the Arabic demo: live coverage as a post arrives, a story saved and read from Saved,
// and a visited story read offline; each ends with the page checks every Arabic page gets (arabic.ts).
import { live } from '../../src/lib/words/ar/live';
import { masthead } from '../../src/lib/words/ar/masthead';
import { story as storyWords } from '../../src/lib/words/ar/story';
import { tools } from '../../src/lib/words/ar/tools';
import { expect, networkFailureLogged, test } from '../fixtures';
import { cookieClock, pollNow } from '../live-coverage';
import { browserNeverSaysOffline, waitForServiceWorkerControl } from '../pwa-helpers';
import { settled } from '../settled';
import { arabicStamp, arabicStory, arabicStorySettled, expectArabicPage, LIVE, liveAt, sentence } from './arabic';

// Each journey ends with axe four times over (two widths, two schemes) on a whole page: more than the default time.
test.describe.configure({ timeout: 90_000 });

/** Minutes of the live clock: by the first a post has been edited (its mark shows), by the second one more is out. */
const [EDITED, ARRIVED] = [7, 8];

test('live coverage: a post arrives and the reader shows it, all in Arabic', async ({ page, context }) => {
  expect(liveAt(EDITED).posts.some((post) => post.updatedAt && post.updatedAt !== post.publishedAt)).toBe(true);
  const clock = cookieClock(context);
  await clock.set(EDITED);
  await page.goto(`/story/${LIVE.story.slug}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(LIVE.story.headline);
  const posts = page.locator('.live-posts__list article');
  const [newestAtStart] = liveAt(EDITED).posts;
  await expect(posts.first()).toHaveId(`post-${newestAtStart!.id}`);
  // Last updated: the newest post's time, in the publication's format.
  const lastUpdated = arabicStamp(newestAtStart!.updatedAt ?? newestAtStart!.publishedAt);
  await expect(page.getByText(sentence(live.lastUpdated, lastUpdated))).toBeVisible();
  await arabicStorySettled(page);

  // The reader is down among older posts; a minute on, the next post is out: offered, not inserted, until asked.
  await posts.nth(4).evaluate((element) => element.scrollIntoView({ block: 'center' }));
  const [arrived] = liveAt(ARRIVED).posts;
  const count = liveAt(ARRIVED).posts.length - liveAt(EDITED).posts.length;
  // One post: English's and Arabic's plural rules agree on 1, so the Arabic words give the Arabic form in this process.
  expect(count).toBe(1);
  await clock.set(ARRIVED);
  await pollNow(page);
  const offer = page.getByRole('button', { name: live.show(count) });
  await expect(offer).toBeVisible();
  await expect(posts.first()).toHaveId(`post-${newestAtStart!.id}`);
  await offer.click();
  await expect(posts.first()).toHaveId(`post-${arrived!.id}`);
  await expect(page.getByRole('heading', { level: 2, name: live.latest })).toBeFocused();
  await expect(offer).toBeHidden();
  await expectArabicPage(page);
});

test('a saved story is listed in Saved and opens from there @phone', async ({ page }) => {
  const story = arabicStory('sea-turtle-nesting-record');
  await page.goto(`/story/${story.slug}`);
  await waitForServiceWorkerControl(page);
  await arabicStorySettled(page);
  await page.getByRole('button', { name: tools.save }).click();
  await expect(page.getByText(storyWords.saved)).toBeVisible();

  // The reader's pages sit behind the menu on a phone, in place on a wide screen.
  const menu = page.getByRole('banner').getByRole('button', { name: masthead.menu });
  if (await menu.isVisible()) await menu.click();
  await page.getByRole('banner').getByRole('link', { name: masthead.saved }).click();
  await expect(page).toHaveURL(/\/saved$/);
  const saved = page.getByRole('main').getByRole('link', { name: story.headline });
  await expect(saved).toBeVisible();
  await settled(page);
  await expectArabicPage(page);

  await saved.click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(story.headline);
  await expect(page.getByRole('button', { name: storyWords.remove })).toBeVisible();
});

test.describe('offline', () => {
  test.use({ expectedConsoleErrors: [networkFailureLogged] });

  test('a visited story reads offline with its photo', async ({ page, context }) => {
    await browserNeverSaysOffline(page);
    const story = arabicStory('old-port-souq-renovation');
    await page.goto(`/story/${story.slug}`);
    await waitForServiceWorkerControl(page);
    await arabicStorySettled(page);
    await context.setOffline(true);
    await page.reload();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(story.headline);
    const hero = page.locator('.story > .figure img');
    await expect(hero).toHaveJSProperty('complete', true);
    expect(await hero.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(0);
    await expect(page.getByText(masthead.offline)).toBeVisible();
    await arabicStorySettled(page);
    await expectArabicPage(page);
  });
});
