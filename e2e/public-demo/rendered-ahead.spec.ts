// The public demo's pages rendered ahead at build time (build/prerender.ts, issue 24): text, photo and share card
// before any script runs; the app adopts them with no error and no second request for the story; and the demo still
// reads offline after one visit, its worker answering every address with the frame (shell.html).
import { stories } from '../../mocks/fixtures/stories';
import { expect, SHOWCASE, test } from '../fixtures';
import { waitForServiceWorkerControl } from '../pwa-helpers';

const showcase = stories.find((story) => `/story/${story.slug}` === SHOWCASE)!;
const opening = showcase.body
  .flatMap((block) => (block.type === 'paragraph' ? block.content : []))
  .flatMap((node) => (node.type === 'text' ? [node.text] : []))[0]!;

test('a story and the front page show their text and photo with no script at all', async ({ browser, baseURL }) => {
  const context = await browser.newContext({ javaScriptEnabled: false, baseURL });
  const page = await context.newPage();
  await page.goto(SHOWCASE);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(showcase.headline);
  await expect(page.getByText(opening.slice(0, 60))).toBeVisible();
  await expect(page.locator('figure img').first()).toBeVisible();
  await expect(page.locator('meta[property="og:title"]')).toHaveAttribute('content', showcase.headline);
  await page.goto('/');
  await expect(page.getByRole('heading', { name: 'Top stories' })).toBeAttached();
  await expect(page.getByRole('link', { name: showcase.headline }).first()).toBeVisible();
  await context.close();
});

test('the app adopts a page rendered ahead without asking for its story, with no hydration error, then it reads offline', async ({
  page,
  context,
}) => {
  const errors: string[] = [];
  const documents: string[] = [];
  page.on('console', (message) => void (message.type() === 'error' && errors.push(message.text())));
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('request', (request) => void (request.resourceType() === 'document' && documents.push(request.url())));
  // The story's own request never answers: the page must not need it (a check for a newer version may still ask).
  const story = /\/(demo-)?api\/stories\/harbour-bridge-reopens(\.json)?$/;
  await page.route(
    (url) => story.test(url.pathname),
    () => undefined,
  );
  await page.goto(SHOWCASE);
  await waitForServiceWorkerControl(page);
  // The app has taken over the page: its links navigate in it, with no new document.
  await page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'Popular' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Most popular this week' })).toBeVisible();
  expect(documents).toHaveLength(1);
  expect(errors).toEqual([]);
  await page.unroute((url) => story.test(url.pathname));
  // Offline, the worker answers with the frame and the app shows the story from the device.
  await page.goto(SHOWCASE);
  await context.setOffline(true);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(showcase.headline);
});

test('the feeds are there, named from the pages', async ({ request, page }) => {
  await page.goto('/');
  const feed = await page.locator('link[rel="alternate"][type="application/rss+xml"]').first().getAttribute('href');
  expect(feed).toMatch(/\/feed\.xml$/);
  const answer = await request.get('/feed.xml');
  expect(answer.status()).toBe(200);
  expect(await answer.text()).toContain(`<title>${showcase.headline}</title>`);
});
