// Lede on static hosting behind Debian's nginx (`npm run deploy:local -- --static`): the build's files with its headers,
// and every other path the static shell, which renders the page in the browser.
import { expect, test } from '../fixtures';
import { nginxChecks } from './checks';
import { raw, STATIC_URL } from './deployments';

nginxChecks(() => STATIC_URL);

test('a page path that is no file, even an unknown one, is the static shell, which the app renders', async () => {
  const shell = await raw(`${STATIC_URL}/shell.html`);
  for (const path of ['/story/no-such-story', '/no/such/page', '/search?q=harbour.bridge']) {
    const { status, headers, body } = await raw(`${STATIC_URL}${path}`);
    expect([path, status, headers['content-type'], headers['cache-control']]).toEqual([path, 200, 'text/html; charset=utf-8', 'no-cache']);
    expect(body.equals(shell.body), path).toBe(true);
  }
});

test('a missing file with an extension stays missing (404), not the static shell', async () => {
  const { status, body } = await raw(`${STATIC_URL}/images/no-such-photo-480.webp`);
  expect(status).toBe(404);
  expect(body.toString()).toBe('Not found\n');
});
