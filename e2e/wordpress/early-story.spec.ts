// Over WordPress too, index.html requests the story before the app's JS, paints its header as text, and the app
// takes the same response over (src/api/sources/wordpress/early.ts, handed over by src/boot/early-handoff.ts).
import { expect, test } from '../fixtures';
import { wordpressRestBase, wordpressStoryUrl } from '../../src/api/sources/wordpress/urls';
import { WORDPRESS_URL } from '../ports';

const BRIDGE = '/story/harbour-bridge-reopens';
/** The story request, as the app and the early script make it. */
const BRIDGE_POST = wordpressStoryUrl(wordpressRestBase(WORDPRESS_URL ?? ''), 'harbour-bridge-reopens');

test('the post is requested once, before the app script has loaded, and its hero is preloaded', async ({ page }) => {
  const storyRequests: number[] = [];
  let appScriptLoaded = Number.POSITIVE_INFINITY;
  page.on('request', (request) => {
    if (request.url() === BRIDGE_POST) storyRequests.push(Date.now());
  });
  page.on('requestfinished', (request) => {
    if (/\/assets\/main-[^/]+\.js$/.test(request.url())) appScriptLoaded = Math.min(appScriptLoaded, Date.now());
  });
  await page.goto(BRIDGE);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/^Harbour Bridge reopens/);
  await expect(page.locator('footer.site-footer')).toBeAttached();
  expect(storyRequests).toHaveLength(1);
  expect(storyRequests[0]).toBeLessThanOrEqual(appScriptLoaded);
  const preload = page.locator('link[rel="preload"][as="image"]');
  await expect(preload).toHaveAttribute('href', /\/wp-content\/uploads\//);
  expect(await preload.getAttribute('imagesrcset')).toBe(await page.locator('.story > .figure img').getAttribute('srcset'));
});

test("the header paints from the post before the app's code has loaded", async ({ page, baseURL }) => {
  // WordPress's real answer, given at once: on a loaded machine PHP can take longer than the early script waits
  // before it starts the app anyway (START_CAP_MS), and then the app paints, as it should.
  const storyUrl = BRIDGE_POST;
  const answer = await page.request.get(storyUrl, { headers: { Origin: new URL(baseURL ?? '').origin } });
  expect(answer.headers()['access-control-allow-origin']).toBe(new URL(baseURL ?? '').origin);
  await page.route(storyUrl, (route) => route.fulfill({ response: answer }));
  let releaseApp: () => void = () => undefined;
  const appHeld = new Promise<void>((resolve) => (releaseApp = resolve));
  await page.route(/\/assets\/main-[^/]+\.js$/, async (route) => {
    await appHeld;
    await route.continue();
  });
  await page.goto(BRIDGE);
  // Entities decoded to text (the title carries wptexturize's), the excerpt as the standfirst, the author.
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/^Harbour Bridge reopens after 14 months of repairs/);
  await expect(page.locator('.story-header__standfirst')).not.toBeEmpty();
  await expect(page.locator('.byline__name').first()).not.toBeEmpty();
  await expect(page.locator('footer.site-footer')).toHaveCount(0);
  releaseApp();
  await expect(page.locator('footer.site-footer')).toBeAttached();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/^Harbour Bridge reopens after 14 months of repairs/);
});
