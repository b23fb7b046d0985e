// The network between one Firefox and Lede's servers: an HTTP proxy that Firefox sends every request through, so a
// test can take the network away for the page AND its service worker (Firefox's WebDriver BiDi offline emulation
// leaves a worker's requests alone: decision 032) and can send test switches to the HTTP content API, another origin
// the browser sends no cookie to (as e2e/live-coverage.ts's headerClock does through Playwright's routing).
import { createServer, request as forward } from 'node:http';
import type { Socket } from 'node:net';

export interface Network {
  /** The proxy's port on 127.0.0.1, for Firefox's proxy preferences. */
  port: number;
  /** Offline: every request fails as with no connection at all, also the ones already on their way. */
  setOffline(offline: boolean): void;
  /** A Cookie header added to every request under `base` (a test switch for the HTTP API); undefined sends none. */
  setCookieFor(base: string, cookie: string | undefined): void;
  /** Back to online with nothing added, between tests. */
  reset(): void;
  close(): Promise<void>;
}

export async function startNetwork(): Promise<Network> {
  let offline = false;
  let added: { base: string; cookie: string } | undefined;
  const sockets = new Set<Socket>();

  const proxy = createServer((incoming, outgoing) => {
    // A dropped connection is what a browser with no network sees; an error status would be an answer.
    if (offline) return incoming.socket.destroy();
    const url = new URL(incoming.url ?? '/');
    const headers = { ...incoming.headers };
    if (added && url.href.startsWith(added.base)) headers.cookie = added.cookie;
    const upstream = forward(
      { host: url.hostname, port: url.port, path: `${url.pathname}${url.search}`, method: incoming.method, headers },
      (answer) => {
        outgoing.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(outgoing);
      },
    );
    upstream.once('error', () => incoming.socket.destroy());
    incoming.pipe(upstream);
  });
  proxy.on('connection', (socket) => {
    sockets.add(socket);
    socket.once('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', resolve));
  const address = proxy.address();
  if (!address || typeof address === 'string') throw new Error('the proxy has no port');

  const dropConnections = () => {
    for (const socket of sockets) socket.destroy();
  };
  return {
    port: address.port,
    setOffline(next) {
      offline = next;
      if (next) dropConnections();
    },
    setCookieFor(base, cookie) {
      added = cookie === undefined ? undefined : { base, cookie };
    },
    reset() {
      offline = false;
      added = undefined;
    },
    close: () =>
      new Promise((resolve) => {
        dropConnections();
        proxy.close(() => resolve());
      }),
  };
}
