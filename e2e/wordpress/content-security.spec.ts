// A post's HTML is mapped in the page, under the page's Content-Security-Policy: markup written to trip the policy
// (style attributes, <style>, <base>, event handlers) must not raise one violation report, in the app or the early script.
import { appRendered, expect, test } from '../fixtures';
import { HOSTILE_CONTENT } from '../../mocks/wordpress/samples';

const SLUG = 'harbour-bridge-reopens';

/** Markup each piece of which a browser's parser checks against the page's policy, even in a detached document. */
const POLICY_TRIPS = `
<p style="color: red" onmouseover="alert(1)">Styled words stay words.</p>
<figure class="wp-block-image" style="margin: 0"><img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" width="10" height="10" style="border: 0" onerror="alert(1)" alt=""><figcaption style="font-size: 2em">A styled caption. Photo: Ines Varga</figcaption></figure>
<style>p { color: red }</style>
<base href="https://evil.example/">
<link rel="stylesheet" href="https://evil.example/s.css">
<svg><style>rect { fill: red }</style></svg>
<table style="width: 100%"><tr><td style="color: red">A styled cell.</td></tr></table>`;

// The service worker would answer the story itself, out of the test's reach.
test.use({ serviceWorkers: 'block' });

test('a post whose HTML trips the policy is read without one violation report', async ({ page }) => {
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { ledeViolations: string[] }).ledeViolations = seen;
    document.addEventListener('securitypolicyviolation', (event) => seen.push(`${event.effectiveDirective} ${event.blockedURI}`));
  });
  await page.route(
    (url) => url.pathname.endsWith('/wp/v2/posts') && url.searchParams.get('slug') === SLUG && url.searchParams.has('_embed'),
    async (route) => {
      const answer = await route.fetch();
      const [post] = (await answer.json()) as Array<Record<string, { rendered: string }>>;
      if (!post) throw new Error(`the seeded site has no post ${SLUG}`);
      post.title = { rendered: 'Harbour <span style="color: red" onclick="alert(1)">Bridge</span> reopens' };
      post.excerpt = { rendered: '<p style="font-weight: bold">A hand-written standfirst with a style.</p>' };
      post.content = { rendered: `${post.content?.rendered ?? ''}${HOSTILE_CONTENT}${POLICY_TRIPS}` };
      await route.fulfill({ response: answer, json: [post] });
    },
  );

  await page.goto(`/story/${SLUG}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Harbour Bridge reopens');
  await appRendered(page);
  const story = page.locator('article.story');
  await expect(story.getByText('Styled words stay words.')).toBeVisible();
  await expect(story.getByText('A styled cell.')).toBeVisible();
  await expect(page.getByText('A hand-written standfirst with a style.')).toBeVisible();
  // Reports are dispatched as tasks after the parse: one more task lets any late one arrive before the count.
  await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 100)));
  expect(await page.evaluate(() => (window as unknown as { ledeViolations: string[] }).ledeViolations)).toEqual([]);
});
