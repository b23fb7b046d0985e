// A story whose answer stalls after its headers: the reader gets the timeout's message and "Try again" within the
// request path's deadline, never "Loading…" for ever (the early request and the app's takeover share one deadline).
import { createServer, type Server } from 'node:http';
import { expect, test } from '../fixtures';
import { freePort, HTTP_API_BASE } from '../ports';

const SLUG = 'harbour-bridge-reopens';

/** A server that answers every request with JSON headers and the first bytes of a body, then never finishes it. */
async function stallingServer(): Promise<{ base: string; close: () => Promise<void> }> {
  const port = await freePort();
  const open = new Set<import('node:http').ServerResponse>();
  const server: Server = createServer((request, response) => {
    response.writeHead(200, {
      'content-type': 'application/json',
      'access-control-allow-origin': request.headers.origin ?? '*',
      'cache-control': 'no-store',
    });
    response.write('{"slug":"harbour-bridge-reopens","headline":"The bridge');
    open.add(response);
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  return {
    base: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        for (const response of open) response.destroy();
        server.close(() => resolve());
      }),
  };
}

test('a story whose body stalls after its headers ends in the timeout message with "Try again"', async ({ page, context }) => {
  const stall = await stallingServer();
  try {
    // First visit: no service worker yet, so the page's own requests meet the stall (index.html's early one first).
    await context.route(`${HTTP_API_BASE}/stories/${SLUG}`, (route) => route.continue({ url: `${stall.base}/stories/${SLUG}` }));
    const started = Date.now();
    await page.goto(`/story/${SLUG}`);
    await expect(page.getByText('The news service is taking too long to answer.')).toBeVisible({ timeout: 15_000 });
    expect(Date.now() - started).toBeLessThan(15_000);
    await expect(page.getByRole('main')).not.toContainText('Loading');
    await expect(page.getByRole('button', { name: 'Try again' })).toBeVisible();

    // The connection recovers: "Try again" brings the story.
    await context.unrouteAll({ behavior: 'ignoreErrors' });
    await page.getByRole('button', { name: 'Try again' }).click();
    await expect(page.getByRole('heading', { level: 1, name: /Harbour Bridge reopens/ })).toBeVisible();
  } finally {
    await context.unrouteAll({ behavior: 'ignoreErrors' });
    await stall.close();
  }
});
