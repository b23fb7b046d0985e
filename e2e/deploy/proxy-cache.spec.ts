// nginx's page cache in front of render servers (deploy/nginx/render.conf.template), against a stand-in render server
// whose answers each test chooses by path: kept for X-Accel-Expires, stale while updating or when renders fail, one
// render for concurrent misses, cookies withheld, the next server when one is down, the static shell when all are.
import { spawn, type ChildProcess } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { layOutSite, nginxFeatures } from '../../scripts/deploy/site';
import { expect, test } from '../fixtures';
import { freePort } from '../ports';
import { DIST, raw } from './deployments';

test.describe.configure({ mode: 'default' });

const SHELL = '<!doctype html><html><body><div id="root">the static shell</div></body></html>';
let dir = '';
let nginx: ChildProcess | undefined;
let renderServer: Server | undefined;
let base = '';
/** Renders per path, and whether a render was sent a cookie. */
const renders = new Map<string, number>();
let sawCookie = false;

/** The stand-in: `/kept/…` for a minute, `/brief/…` for a second, `/slow/…` after a second, `/failing/…` 500 after its first render, `/unkept/…` never. */
function startRenderServer(port: number): Promise<Server> {
  const server = createServer((req, res) => {
    const path = req.url ?? '/';
    const count = (renders.get(path) ?? 0) + 1;
    renders.set(path, count);
    if (req.headers.cookie) sawCookie = true;
    const keep = path.startsWith('/kept/') || path.startsWith('/slow/') ? '60' : path.startsWith('/unkept/') ? undefined : '1';
    const status = path.startsWith('/failing/') && count > 1 ? 500 : 200;
    const answer = () => {
      res.writeHead(status, {
        'content-type': 'text/html; charset=utf-8',
        'cache-control': 'no-cache',
        ...(keep ? { 'x-accel-expires': keep } : {}),
      });
      res.end(`<p>${path} render ${count}</p>`);
    };
    if (path.startsWith('/slow/')) setTimeout(answer, 1_000);
    else answer();
  });
  return new Promise((done) => server.listen(port, '127.0.0.1', () => done(server)));
}

test.beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'lede-proxy-cache-'));
  const dist = join(dir, 'build');
  mkdirSync(dist);
  copyFileSync(join(DIST, '_headers'), join(dist, '_headers'));
  writeFileSync(join(dist, 'shell.html'), SHELL);
  const [port, renderPort, nobodysPort] = await Promise.all([freePort(), freePort(), freePort()]);
  renderServer = await startRenderServer(renderPort);
  // A render server that is down from the start: nginx must go on to the one that is up.
  const upstreams = [`127.0.0.1:${nobodysPort}`, `127.0.0.1:${renderPort}`];
  const features = nginxFeatures();
  const site = layOutSite({ variant: 'render', dir: join(dir, 'nginx'), dist, listen: `127.0.0.1:${port}`, upstreams, features });
  nginx = spawn(features.binary, ['-p', `${join(dir, 'nginx')}/`, '-c', site.config, '-e', join(dir, 'nginx/logs/error.log')], {
    stdio: 'ignore',
    detached: true,
  });
  base = `http://127.0.0.1:${port}`;
  await expect.poll(async () => (await raw(`${base}/shell.html`).catch(() => ({ status: 0 }))).status, { timeout: 10_000 }).toBe(200);
});

test.afterAll(async () => {
  if (nginx?.pid) process.kill(-nginx.pid, 'SIGTERM');
  renderServer?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

const status = async (path: string, headers: Record<string, string> = {}) => {
  const { headers: answer, body } = await raw(`${base}${path}`, { headers });
  return [answer['x-cache-status'], body.toString()];
};

test('a page is rendered once and kept as long as X-Accel-Expires says; the browser still gets no-cache', async () => {
  expect(await status('/kept/a')).toEqual(['MISS', '<p>/kept/a render 1</p>']);
  expect(await status('/kept/a')).toEqual(['HIT', '<p>/kept/a render 1</p>']);
  expect((await raw(`${base}/kept/a`)).headers['cache-control']).toBe('no-cache');
});

test('an answer without X-Accel-Expires is never kept', async () => {
  expect(await status('/unkept/a')).toEqual(['MISS', '<p>/unkept/a render 1</p>']);
  expect(await status('/unkept/a')).toEqual(['MISS', '<p>/unkept/a render 2</p>']);
});

test('an expired page is served stale while one request renders it again in the background', async () => {
  expect(await status('/brief/a')).toEqual(['MISS', '<p>/brief/a render 1</p>']);
  await new Promise((done) => setTimeout(done, 2_100));
  expect(await status('/brief/a')).toEqual(['STALE', '<p>/brief/a render 1</p>']);
  await expect.poll(() => status('/brief/a')).toEqual(['HIT', '<p>/brief/a render 2</p>']);
});

test('concurrent misses of one page wait for one render', async () => {
  const answers = await Promise.all(Array.from({ length: 5 }, () => status('/slow/a')));
  expect(answers.map(([, body]) => body)).toEqual(Array(5).fill('<p>/slow/a render 1</p>'));
  expect(renders.get('/slow/a')).toBe(1);
});

test('a render server’s 500 is replaced by the page kept before', async () => {
  expect(await status('/failing/a')).toEqual(['MISS', '<p>/failing/a render 1</p>']);
  await new Promise((done) => setTimeout(done, 2_100));
  for (let attempt = 0; attempt < 3; attempt += 1) expect((await status('/failing/a'))[1]).toBe('<p>/failing/a render 1</p>');
  expect(renders.get('/failing/a')).toBeGreaterThan(1);
});

test('readers’ cookies never reach the render servers', async () => {
  await status('/unkept/cookie', { cookie: 'session=reader-1' });
  expect(renders.get('/unkept/cookie')).toBe(1);
  expect(sawCookie).toBe(false);
});

test('with every render server down, kept pages are served stale and any other page is the static shell', async () => {
  expect((await status('/brief/down'))[0]).toBe('MISS');
  const closed = new Promise<void>((done) => renderServer?.close(() => done()));
  // nginx keeps connections to its render servers open; they go too.
  renderServer?.closeAllConnections();
  await closed;
  await new Promise((done) => setTimeout(done, 2_100));
  expect(await status('/brief/down')).toEqual(['STALE', '<p>/brief/down render 1</p>']);
  const shell = await raw(`${base}/never/rendered`);
  expect([shell.status, shell.body.toString(), shell.headers['cache-control']]).toEqual([200, SHELL, 'no-cache']);
  expect(shell.headers['content-security-policy']).toMatch(/^default-src 'self'/);
});
