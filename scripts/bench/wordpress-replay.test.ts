// The bench's replaying proxy (decision 027): WordPress answers each distinct request once; the same request later
// gets the same bytes after the same time; it fails with a 4xx or 5xx, never hangs, and keeps serving. The proxy runs
// in a process of its own and is spoken to over raw sockets (the tests' MSW would intercept fetch and http.request).
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer, type Server } from 'node:http';
import { connect } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort } from '../../e2e/ports';

interface Answer {
  status: number;
  headers: string;
  body: string;
  ms: number;
}

/** Sends `head` as is; the answer once the proxy closes the connection (every request here says Connection: close). */
function send(port: number, head: string): Promise<Answer> {
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1');
    let data = '';
    socket.setEncoding('latin1');
    socket.on('data', (chunk: string) => (data += chunk));
    socket.on('close', () => {
      const [headers = '', body = ''] = data.split('\r\n\r\n');
      resolve({ status: Number(/^HTTP\/1\.1 (\d{3})/.exec(data)?.[1] ?? 0), headers, body, ms: performance.now() - started });
    });
    socket.on('error', reject);
    socket.write(head, 'latin1');
  });
}

const request = (method: string, path: string, headers = '') =>
  `${method} ${path} HTTP/1.1\r\nHost: 127.0.0.1\r\n${headers}Connection: close\r\nContent-Length: 0\r\n\r\n`;

/** WordPress's stand-in: answers after 120 ms with a body naming how many requests it has had; /hang never answers. */
const UPSTREAM_MS = 120;
let upstreamRequests = 0;
let upstream: Server;
let upstreamPort = 0;
let proxy: ChildProcess;
let proxyPort = 0;

async function startProxy(target: string, port: number): Promise<ChildProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/bench/wordpress-replay.ts', '--port', String(port), '--target', target], {
    env: { ...process.env, LEDE_REPLAY_TIMEOUT_MS: '1000' },
    stdio: 'ignore',
  });
  for (let i = 0; i < 150; i++) {
    if ((await send(port, request('GET', '/ready')).catch(() => ({ status: 0 }))).status > 0) return child;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  child.kill();
  throw new Error('the replaying proxy did not start');
}

beforeAll(async () => {
  upstream = createServer((incoming, response) => {
    if (incoming.url === '/hang') return;
    upstreamRequests += 1;
    const count = upstreamRequests;
    setTimeout(() => {
      response.writeHead(200, {
        'content-type': 'application/json',
        'x-wp-total': '29',
        'access-control-allow-origin': String(incoming.headers.origin ?? '*'),
      });
      response.end(JSON.stringify({ method: incoming.method, url: incoming.url, count }));
    }, UPSTREAM_MS);
  });
  upstreamPort = await freePort();
  await new Promise<void>((resolve) => upstream.listen(upstreamPort, '127.0.0.1', resolve));
  proxyPort = await freePort();
  proxy = await startProxy(`http://127.0.0.1:${upstreamPort}`, proxyPort);
}, 30_000);

afterAll(() => {
  proxy?.kill();
  upstream?.close();
});

describe("the bench's replaying proxy for WordPress", () => {
  it('asks WordPress once, then replays its answer (status, headers, bytes) after the time WordPress took', async () => {
    const path = '/wp-json/wp/v2/posts?slug=harbour-bridge-reopens&_embed';
    const origin = 'Origin: http://127.0.0.1:4000\r\n';
    const before = upstreamRequests;
    const first = await send(proxyPort, request('GET', path, origin));
    const again = await send(proxyPort, request('GET', path, origin));
    expect(upstreamRequests - before).toBe(1);
    expect(first.status).toBe(200);
    expect(again.body).toBe(first.body);
    expect(JSON.parse(again.body)).toMatchObject({ url: path, count: before + 1 });
    expect(again.headers).toMatch(/x-wp-total: 29/i);
    expect(again.headers).toMatch(/access-control-allow-origin: http:\/\/127\.0\.0\.1:4000/i);
    expect(first.ms).toBeGreaterThanOrEqual(UPSTREAM_MS);
    // Replayed after WordPress's own time (not faster: the page would load sooner than over the real site).
    expect(again.ms).toBeGreaterThanOrEqual(UPSTREAM_MS - 5);
  });

  it('keeps what the answer depends on apart: another origin, path or method goes to WordPress', async () => {
    const path = '/wp-json/wp/v2/categories?per_page=6';
    const before = upstreamRequests;
    await send(proxyPort, request('GET', path, 'Origin: http://127.0.0.1:4000\r\n'));
    await send(proxyPort, request('GET', path, 'Origin: http://127.0.0.1:4001\r\n'));
    await send(proxyPort, request('GET', `${path}&page=2`, 'Origin: http://127.0.0.1:4000\r\n'));
    await send(proxyPort, request('OPTIONS', path, 'Origin: http://127.0.0.1:4000\r\nAccess-Control-Request-Method: GET\r\n'));
    expect(upstreamRequests - before).toBe(4);
  });

  it('forwards every request that is not a read', async () => {
    const before = upstreamRequests;
    await send(proxyPort, request('POST', '/wp-json/wp/v2/comments'));
    await send(proxyPort, request('POST', '/wp-json/wp/v2/comments'));
    expect(upstreamRequests - before).toBe(2);
  });

  it('answers 504 when WordPress does not answer in time, and 400 to what is not HTTP, and keeps serving', async () => {
    const hung = await send(proxyPort, request('GET', '/hang'));
    expect(hung.status).toBe(504);
    expect(hung.body).toMatch(/did not answer/);
    expect((await send(proxyPort, 'HELLO THERE\r\n\r\n')).status).toBe(400);
    expect((await send(proxyPort, request('GET', 'http://elsewhere.example/'))).status).toBe(400);
    expect((await send(proxyPort, request('GET', '/wp-json/'))).status).toBe(200);
    expect(proxy.exitCode).toBeNull();
  });

  it('answers 502 when WordPress is gone', async () => {
    const port = await freePort();
    const orphan = await startProxy(`http://127.0.0.1:${await freePort()}`, port);
    try {
      const answer = await send(port, request('GET', '/wp-json/'));
      expect(answer.status).toBe(502);
      expect(answer.body).toMatch(/WordPress at http:\/\/127\.0\.0\.1:\d+/);
    } finally {
      orphan.kill();
    }
  });
});
