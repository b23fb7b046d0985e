// The render server for the HTTP-API and WordPress builds: Node's HTTP server over the page handler, and the build's
// files beside it (nginx or a CDN in front serves those itself). Built by Vite's SSR build into
// `<outDir>-ssr/server.js` with everything it needs, so it runs as is:
//   node dist-http-ssr/server.js --dist dist-http [--port 3000] [--host 127.0.0.1] [--origin https://news.example]
// It holds no reader's state: run as many as the traffic needs behind nginx or a CDN (docs/deploy.md).
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, resolve } from 'node:path';
import { Readable, pipeline } from 'node:stream';
import { constants, createBrotliCompress, createGzip } from 'node:zlib';
import { parseArgs } from 'node:util';
import { parseHeaderRules } from '../../build/headers.ts';
import { createContentSource } from '../api/content';
import { createHttp } from '../api/http';
import { SHELL_FILE } from '../lib/server-state';
import { checkTemplate } from './document';
import { createPageHandler } from './handler';
import { createRenderer } from './render';
import { createStaticFiles } from './static-files';

const { values } = parseArgs({
  options: {
    dist: { type: 'string', default: 'dist-http' },
    port: { type: 'string', default: '3000' },
    host: { type: 'string', default: '127.0.0.1' },
    origin: { type: 'string' },
  },
});
const dist = resolve(values.dist);
const port = Number(values.port);
const origin = (values.origin ?? `http://${values.host}:${port}`).replace(/\/$/, '');
if (!/^https?:\/\/[^/]+$/.test(origin) || !URL.canParse(origin)) {
  console.error(`--origin must be the site's public origin, like https://news.example.com (got ${origin})`);
  process.exit(2);
}
if (!Number.isInteger(port) || port <= 0 || port > 65535) {
  console.error(`--port must be a TCP port (got ${values.port})`);
  process.exit(2);
}

const template = readFileSync(join(dist, SHELL_FILE), 'utf8');
checkTemplate(template);
const handle = createPageHandler({
  template,
  headerRules: parseHeaderRules(readFileSync(join(dist, '_headers'), 'utf8')),
  renderer: createRenderer(),
  // The content API may be named relative to the site (`/api`): on the server it is asked at the site's origin.
  sourceFor: (observe) =>
    createContentSource(
      createHttp({
        fetch: async (url, init) => {
          const response = await fetch(new URL(url, origin), init);
          observe(response);
          return response;
        },
        observe: () => undefined,
      }),
    ),
  origin,
  report: (request, error) =>
    console.error(`${new URL(request.url).pathname}: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`),
});

const files = createStaticFiles(dist);
/** Addresses with a file extension the server answers itself (feeds, sitemaps, robots.txt). */
const PAGE_FILE_TYPES = new Set(['.xml', '.txt']);

const server = createServer(async (req, res) => {
  const pathname = (req.url ?? '/').split('?')[0] ?? '/';
  const file = req.method === 'GET' || req.method === 'HEAD' ? files.resolve(pathname) : null;
  if (file) return files.send(req, res, pathname, file);
  // A file that is not there is a 404, never a page (a missing hashed chunk must not answer HTML).
  if (file === null && extname(pathname) && !PAGE_FILE_TYPES.has(extname(pathname))) {
    res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
    return void res.end('Not found');
  }
  const controller = new AbortController();
  res.on('close', () => controller.abort());
  try {
    const request = new Request(new URL(req.url ?? '/', origin), {
      method: req.method,
      headers: req.headers as HeadersInit,
      signal: controller.signal,
    });
    const response = await handle(request);
    const headers = Object.fromEntries(response.headers);
    // Pages and feeds go out compressed (a page's HTML is several times the size of its text otherwise), brotli
    // where the reader takes it, at a quality quick enough to spend on every answer.
    const accepted = String(req.headers['accept-encoding'] ?? '');
    const compressible = /^(text\/|application\/(rss\+)?xml)/.test(response.headers.get('content-type') ?? '');
    const encoding = !response.body || !compressible ? null : /\bbr\b/.test(accepted) ? 'br' : /\bgzip\b/.test(accepted) ? 'gzip' : null;
    const varied = compressible ? { ...headers, vary: 'accept-encoding' } : headers;
    res.writeHead(response.status, encoding ? { ...varied, 'content-encoding': encoding } : varied);
    if (!response.body) return void res.end();
    const body = Readable.fromWeb(response.body as import('node:stream/web').ReadableStream);
    const compress =
      encoding === 'br'
        ? createBrotliCompress({ params: { [constants.BROTLI_PARAM_QUALITY]: 4 } })
        : encoding === 'gzip'
          ? createGzip({ level: 6 })
          : null;
    pipeline(compress ? [body, compress, res] : [body, res], () => undefined);
  } catch {
    // A request the platform cannot even read (a malformed header value): refused, and the server goes on.
    if (!res.headersSent) res.writeHead(400, { 'content-type': 'text/plain; charset=utf-8' });
    res.end('Bad request');
  }
});
// No request may wait for ever, nor hold a connection open without sending.
server.headersTimeout = 10_000;
server.requestTimeout = 30_000;
server.on('clientError', (_error, socket) => {
  if (socket.writable) socket.end('HTTP/1.1 400 Bad Request\r\nConnection: close\r\n\r\n');
  else socket.destroy();
});
server.listen(port, values.host, () => console.log(`Lede's render server: ${origin} (http://${values.host}:${port}), pages of ${dist}`));
const stop = () => server.close(() => process.exit(0));
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
