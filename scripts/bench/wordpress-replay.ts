// The bench's WordPress as a newsroom's readers meet it: on another machine. A replaying proxy in front of the local
// WordPress sends each distinct request to WordPress once and keeps its answer and how long WordPress took to give it;
// later requests get the same bytes after the same time, without PHP and MariaDB running on the bench host's cores
// while a measured page loads (decision 027). Lighthouse scales the page's main-thread wall time by the CPU
// slowdown, so PHP's work on a shared core would otherwise be counted as the phone's.
// Usage (the bench starts it): tsx scripts/bench/wordpress-replay.ts --port 8892 --target http://127.0.0.1:8891
import { createServer, request, type IncomingHttpHeaders, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { pathToFileURL } from 'node:url';
import { option } from './cli';

/** WordPress's answer to one request, and the milliseconds from forwarding the request to its last byte. */
interface Recorded {
  status: number;
  headers: IncomingHttpHeaders;
  body: Buffer;
  ms: number;
}

/** No request waits forever: WordPress gets this long to answer before the proxy answers 504. */
const UPSTREAM_TIMEOUT_MS = Number(process.env.LEDE_REPLAY_TIMEOUT_MS ?? 30_000);
/** A bench loads a few pages: a bound far above what it asks for, so a mistake cannot fill the memory. */
const MAX_RECORDED = 2_000;
const REPLAYED_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** What makes two requests the same request: what WordPress's answer depends on (CORS and encoding included). */
function replayKey(method: string, url: string, headers: IncomingHttpHeaders): string {
  const part = (name: string) => String(headers[name] ?? '');
  return [method, url, part('origin'), part('accept-encoding'), part('access-control-request-method'), part('access-control-request-headers')].join(
    '\n',
  );
}

/** The headers that belong to the answer, not to WordPress's connection (the body is kept whole, so it has a length). */
const HOP_BY_HOP = new Set(['connection', 'keep-alive', 'transfer-encoding', 'content-length', 'proxy-connection', 'trailer', 'upgrade']);
const endToEnd = (headers: IncomingHttpHeaders): IncomingHttpHeaders =>
  Object.fromEntries(Object.entries(headers).filter(([name]) => !HOP_BY_HOP.has(name)));

function answer(response: ServerResponse, status: number, text: string): void {
  if (response.headersSent) return void response.destroy();
  response.writeHead(status, { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' }).end(`${text}\n`);
}

function forward(target: URL, incoming: IncomingMessage, body: Buffer): Promise<Recorded> {
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const upstream = request(
      {
        host: target.hostname,
        port: target.port,
        method: incoming.method,
        path: incoming.url,
        headers: { ...incoming.headers, host: target.host },
        timeout: UPSTREAM_TIMEOUT_MS,
      },
      (reply) => {
        const chunks: Buffer[] = [];
        reply.on('data', (chunk: Buffer) => chunks.push(chunk));
        reply.on('error', reject);
        reply.on('end', () =>
          resolve({ status: reply.statusCode ?? 502, headers: reply.headers, body: Buffer.concat(chunks), ms: performance.now() - started }),
        );
      },
    );
    upstream.on('timeout', () => upstream.destroy(new Error(`WordPress did not answer within ${UPSTREAM_TIMEOUT_MS / 1000} s`)));
    upstream.on('error', reject);
    upstream.end(body);
  });
}

/**
 * A replaying proxy for `target` (a WordPress origin). GET, HEAD and OPTIONS are recorded on first sight and replayed
 * after the recorded time; anything else is forwarded every time.
 */
export function createReplayServer(targetUrl: string): Server {
  const target = new URL(targetUrl);
  const kept = new Map<string, Recorded>();
  const server = createServer((incoming, response) => {
    const method = incoming.method ?? 'GET';
    const url = incoming.url ?? '/';
    if (!url.startsWith('/')) return answer(response, 400, 'A request to the replaying proxy names a path.');
    const chunks: Buffer[] = [];
    incoming.on('data', (chunk: Buffer) => chunks.push(chunk));
    incoming.on('error', () => response.destroy());
    incoming.on('end', () => {
      const key = replayKey(method, url, incoming.headers);
      const replay = REPLAYED_METHODS.has(method) ? kept.get(key) : undefined;
      const send = (recorded: Recorded) => {
        if (response.destroyed) return;
        response.writeHead(recorded.status, { ...endToEnd(recorded.headers), 'content-length': String(recorded.body.length) });
        response.end(method === 'HEAD' ? undefined : recorded.body);
      };
      if (replay) return void setTimeout(() => send(replay), replay.ms);
      forward(target, incoming, Buffer.concat(chunks)).then(
        (recorded) => {
          if (REPLAYED_METHODS.has(method) && kept.size < MAX_RECORDED) kept.set(key, recorded);
          send(recorded);
        },
        (error: unknown) =>
          answer(
            response,
            /did not answer/.test(String(error)) ? 504 : 502,
            `WordPress at ${target.origin}: ${error instanceof Error ? error.message : String(error)}`,
          ),
      );
    });
  });
  // Requests Node cannot parse get a 400; the proxy keeps serving.
  server.on('clientError', (_error, socket) => {
    if (socket.writable) socket.end('HTTP/1.1 400 Bad Request\r\nConnection: close\r\nContent-Length: 0\r\n\r\n');
    else socket.destroy();
  });
  return server;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const port = Number(option('port', ''));
  const target = option('target', '');
  if (!Number.isInteger(port) || port <= 0 || !URL.canParse(target)) {
    console.error('usage: tsx scripts/bench/wordpress-replay.ts --port <port> --target <WordPress origin>');
    process.exit(2);
  }
  createReplayServer(target).listen(port, '127.0.0.1', () => console.log(`replaying ${target} at http://127.0.0.1:${port}`));
}
