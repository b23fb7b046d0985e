// What every nginx deployment of Lede must do, whichever variant: the build's headers on every path (those
// scripts/serve.ts sends for the same build), caching by kind of file, pre-compressed files, only GET and HEAD,
// malformed requests refused without harm, and the app working in the browser through it.
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { nginxFeatures } from '../../scripts/deploy/site';
import { expect, SHOWCASE, test } from '../fixtures';
import { servedHeaderProblems } from '../served-headers';
import { ASSET, assetBytes, DIST, HEADER_NAMES, MISSING_ASSET, PHOTO, raw, rawExchange, SERVE_TS_URL } from './deployments';
import { stories } from '../../mocks/fixtures/stories';

const IMMUTABLE = 'public, max-age=31536000, immutable';
const showcase = stories.find((story) => `/story/${story.slug}` === SHOWCASE)!;

/** The paths whose headers are compared with serve.ts's: pages, the worker, the manifest and one file of each kind. */
const PATHS = ['/', SHOWCASE, '/topic/transport', '/sw.js', '/manifest.webmanifest', ASSET, PHOTO, '/icons/icon-192.png', '/favicon.svg'];

export function nginxChecks(url: () => string): void {
  test('every path of the build gets the headers it needs', async () => {
    test.setTimeout(60_000);
    expect(await servedHeaderProblems(url(), DIST)).toEqual([]);
  });

  test('every header `_headers` names, the CSP first, is what scripts/serve.ts sends for the same build', async () => {
    expect(HEADER_NAMES).toContain('content-security-policy');
    for (const path of PATHS) {
      const [nginx, serveTs] = await Promise.all([raw(`${url()}${path}`), raw(`${SERVE_TS_URL}${path}`)]);
      const named = (headers: Record<string, string>) => HEADER_NAMES.filter((name) => name !== 'cache-control').map((name) => [name, headers[name]]);
      expect(named(nginx.headers), path).toEqual(named(serveTs.headers));
      expect(nginx.headers['content-security-policy'], path).toBeTruthy();
    }
  });

  test('hashed assets are immutable; pages, the worker and the manifest are no-cache', async () => {
    expect((await raw(`${url()}${ASSET}`)).headers['cache-control']).toBe(IMMUTABLE);
    for (const path of ['/', SHOWCASE, '/sw.js', '/manifest.webmanifest']) {
      const { status, headers } = await raw(`${url()}${path}`);
      expect([path, status, headers['cache-control']]).toEqual([path, 200, 'no-cache']);
    }
  });

  test('a missing hashed asset is a 404 in plain text, never the app’s page nor cacheable for a year', async () => {
    const { status, headers, body } = await raw(`${url()}${MISSING_ASSET}`);
    expect(status).toBe(404);
    expect(headers['content-type']).toMatch(/^text\/plain/);
    expect(headers['cache-control']).toBe('no-cache');
    expect(headers['x-content-type-options']).toBe('nosniff');
    expect(body.toString()).not.toContain('<html');
  });

  test('files go out pre-compressed (brotli, else gzip) and whole to a client that asks for neither', async () => {
    const original = assetBytes();
    const gzip = await raw(`${url()}${ASSET}`, { headers: { 'accept-encoding': 'gzip' } });
    expect(gzip.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gzip.body).equals(original)).toBe(true);
    const plain = await raw(`${url()}${ASSET}`);
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body.equals(original)).toBe(true);
    // Brotli where Debian's module is installed (deploy-local installs it where the distribution has it).
    const brotli = await raw(`${url()}${ASSET}`, { headers: { 'accept-encoding': 'gzip, deflate, br' } });
    if (nginxFeatures().brotliModule) {
      expect(brotli.headers['content-encoding']).toBe('br');
      expect(brotliDecompressSync(brotli.body).equals(original)).toBe(true);
      expect(brotli.body.length).toBeLessThan(gzip.body.length);
    } else expect(brotli.headers['content-encoding']).toBe('gzip');
    // A page, whoever wrote it, is compressed too.
    const page = await raw(`${url()}${SHOWCASE}`, { headers: { 'accept-encoding': 'gzip' } });
    expect(page.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(page.body).toString()).toContain('<html');
  });

  test('every method but GET and HEAD is refused with 405, saying which are allowed', async () => {
    for (const method of ['POST', 'PUT', 'DELETE', 'PATCH', 'OPTIONS']) {
      const { status, headers } = await raw(`${url()}${SHOWCASE}`, { method, body: method === 'POST' ? 'x=1' : undefined });
      expect([method, status, headers.allow]).toEqual([method, 405, 'GET, HEAD']);
      expect(headers['x-content-type-options']).toBe('nosniff');
    }
    const head = await raw(`${url()}${SHOWCASE}`, { method: 'HEAD' });
    expect([head.status, head.body.length]).toEqual([200, 0]);
  });

  test('a malformed request gets a 4xx and nginx goes on serving', async () => {
    const close = 'Host: lede.test\r\nConnection: close\r\n\r\n';
    const answers = await Promise.all([
      rawExchange(url(), `GET /story/%E0%A4%A HTTP/1.1\r\n${close}`),
      rawExchange(url(), `GET /%00 HTTP/1.1\r\n${close}`),
      rawExchange(url(), `GET /story/${'a'.repeat(40_000)} HTTP/1.1\r\n${close}`),
      rawExchange(url(), `GET / HTTP/1.1\r\nX-Huge: ${'a'.repeat(40_000)}\r\n${close}`),
      rawExchange(url(), `NOT A REQUEST\r\n\r\n`),
    ]);
    for (const answer of answers) expect(answer).toMatch(/^HTTP\/1\.1 4\d\d /);
    const after = await raw(`${url()}${SHOWCASE}`);
    expect(after.status).toBe(200);
  });

  test('the app works in the browser through nginx: a story, then the front page', async ({ page }) => {
    await page.goto(`${url()}${SHOWCASE}`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(showcase.headline);
    await expect(page).toHaveTitle(`${showcase.headline} · Lede`);
    await page.getByRole('banner').getByRole('link', { name: 'Lede', exact: true }).click();
    await expect(page).toHaveTitle('Lede · Top stories');
    await expect(page.locator('.lead-story h2 a')).toBeVisible();
  });
}
