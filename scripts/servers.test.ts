// Hostile requests never take a server down: scripts/serve.ts and scripts/api-server.ts answer a batch of malformed
// paths, headers and query strings with a 4xx, then still serve; the API honours test switches only when the e2e suite
// starts it with them. Raw HTTP over a socket: fetch would clean the input up (and the tests' MSW would intercept it).
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort } from '../e2e/ports';
import { ARCHIVE_SEED, generatedSummary } from '../mocks/fixtures/archive-generator';
import { TEST_SWITCH_COOKIES } from '../mocks/test-switches';

/** Sends `head` as is and returns the status code of the answer (0 if the connection closed without one). */
function rawStatus(port: number, head: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1');
    let data = '';
    socket.setEncoding('latin1');
    socket.on('data', (chunk: string) => {
      data += chunk;
      if (data.includes('\r\n')) socket.destroy();
    });
    socket.on('close', () => resolve(Number(/^HTTP\/1\.1 (\d{3})/.exec(data)?.[1] ?? 0)));
    socket.on('error', reject);
    socket.write(head, 'latin1');
  });
}

const get = (target: string, headers = '') => `GET ${target} HTTP/1.1\r\nHost: 127.0.0.1\r\n${headers}Connection: close\r\n\r\n`;

/**
 * Requests no server should choke on: bad percent-encoding, NULs, hostile headers and query strings. The last field
 * names the servers that do not read that part of a request (the static server ignores query strings; neither trusts
 * the Host header): they serve as usual.
 */
type Server = 'serve' | 'api';
const HOSTILE: Array<[string, string, Server[]?]> = [
  ['a truncated percent-encoding', get('/%E0%A4%A')],
  ['a lone percent sign', get('/%')],
  ['an encoded NUL', get('/assets/%00.js')],
  ['a bad escape in a story path', get('/api/stories/%E0%A4%A')],
  ['a bad escape in a query string', get('/api/archive?before=%E0%A4%A&q=%'), ['serve']],
  ['an unparsable Host header', `GET /api/front HTTP/1.1\r\nHost: [::1\r\nConnection: close\r\n\r\n`, ['serve', 'api']],
  ['a header value fetch refuses', get('/api/front', 'If-None-Match: \u00ff\u0001\r\n')],
  ['a broken Content-Length', `GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: abc\r\n\r\n`],
  ['a request line that is not HTTP', 'HELLO THERE\r\n\r\n'],
  ['a method the server does not serve', `DELETE /index.html HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n`],
];

interface Running {
  port: number;
  child: ChildProcess;
}

async function start(script: string, args: string[], env: Record<string, string>, probePath: string, port: number): Promise<Running> {
  const child = spawn(process.execPath, ['--import', 'tsx', script, ...args], { env: { ...process.env, ...env }, stdio: 'ignore' });
  for (let i = 0; i < 150; i++) {
    if ((await rawStatus(port, get(probePath)).catch(() => 0)) === 200) return { port, child };
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  child.kill();
  throw new Error(`${script} did not start`);
}

const servers: Record<Server | 'switchedApi', Running | undefined> = { serve: undefined, api: undefined, switchedApi: undefined };
let site = '';

beforeAll(async () => {
  site = mkdtempSync(join(tmpdir(), 'lede-serve-'));
  mkdirSync(join(site, 'assets'));
  writeFileSync(join(site, 'index.html'), '<!doctype html><title>t</title>');
  writeFileSync(join(site, 'assets', 'app.js'), 'export {};');
  const servePort = await freePort();
  servers.serve = await start('scripts/serve.ts', ['--dir', site, '--port', String(servePort)], {}, '/', servePort);
  const apiPort = await freePort();
  servers.api = await start('scripts/api-server.ts', [], { LEDE_API_PORT: String(apiPort) }, '/api/front', apiPort);
  const switchedPort = await freePort();
  servers.switchedApi = await start(
    'scripts/api-server.ts',
    ['--test-switches'],
    { LEDE_API_PORT: String(switchedPort) },
    '/api/front',
    switchedPort,
  );
}, 60_000);

afterAll(() => {
  servers.serve?.child.kill();
  servers.api?.child.kill();
  servers.switchedApi?.child.kill();
  rmSync(site, { recursive: true, force: true });
});

describe.each([
  ['scripts/serve.ts', 'serve', '/assets/app.js'],
  ['scripts/api-server.ts', 'api', '/api/stories/harbour-bridge-reopens'],
] as const)('%s', (_name, which, normalPath) => {
  it.each(HOSTILE)('answers %s with a 4xx (or, input it does not read, as usual)', async (_what, head, ignoredBy = []) => {
    const server = servers[which];
    if (!server) throw new Error('server not started');
    const status = await rawStatus(server.port, head);
    if (ignoredBy.includes(which)) {
      expect(status).toBe(200);
      return;
    }
    expect(status).toBeGreaterThanOrEqual(400);
    expect(status).toBeLessThan(500);
  });

  it('still serves a normal request after all of them', async () => {
    const server = servers[which];
    if (!server) throw new Error('server not started');
    for (const [, head] of HOSTILE) await rawStatus(server.port, head);
    expect(server.child.exitCode).toBeNull();
    expect(await rawStatus(server.port, get(normalPath))).toBe(200);
  });
});

describe('scripts/api-server.ts and the test switches', () => {
  const deepStory = `/api/stories/${generatedSummary({ size: 5_001, seed: ARCHIVE_SEED }, 5_000).slug}`;
  const requests = [
    ['the generated live story of benches', get('/api/stories/generated-live-coverage', `Cookie: ${TEST_SWITCH_COOKIES.liveSize}=50\r\n`)],
    ['a story of an archive grown by a switch', get(deepStory, `Cookie: ${TEST_SWITCH_COOKIES.archiveSize}=6000\r\n`)],
  ] as const;

  it.each(requests)('`npm run api` ignores every switch: %s is not there', async (_what, head) => {
    expect(await rawStatus(servers.api!.port, head)).toBe(404);
  });

  it.each(requests)('started with --test-switches (the e2e suite), it honours them: %s is there', async (_what, head) => {
    expect(await rawStatus(servers.switchedApi!.port, head)).toBe(200);
  });
});
