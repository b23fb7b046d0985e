// A production-like static server for built Lede: compression, SPA fallback, and the build's `_headers` applied to
// every path as static hosts apply it (build/headers.ts).
// Usage: tsx scripts/serve.ts [--dir dist] [--port 4173] [--host 127.0.0.1]
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { pipeline } from 'node:stream';
import { constants, createBrotliCompress, createGzip } from 'node:zlib';
import { headersForPath, parseHeaderRules } from '../build/headers.ts';

function arg(name: string, fallback: string): string {
  const index = process.argv.indexOf(`--${name}`);
  return index > -1 && process.argv[index + 1] ? (process.argv[index + 1] as string) : fallback;
}

const root = resolve(arg('dir', process.env.LEDE_DIST ?? 'dist'));
const port = Number(arg('port', process.env.PORT ?? '4173'));
const host = arg('host', '127.0.0.1');

if (!existsSync(join(root, 'index.html'))) {
  console.error(`No built app in ${root}: run \`npm run build\` first.`);
  process.exit(1);
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.woff2': 'font/woff2',
};
const COMPRESSIBLE = new Set(['.html', '.js', '.mjs', '.css', '.json', '.webmanifest', '.svg', '.txt']);

/** What a host that honours `_headers` sends when the file says nothing (Cloudflare Pages and Netlify alike). */
const HOST_DEFAULT_CACHE = 'public, max-age=0, must-revalidate';

/**
 * The headers the build's `_headers` gives `pathname`. Read on every request, so a rebuild under a running server
 * never pairs new inline-script hashes with an old header.
 */
function fileHeaders(pathname: string): Map<string, string> {
  const file = join(root, '_headers');
  return existsSync(file) ? headersForPath(parseHeaderRules(readFileSync(file, 'utf8')), pathname) : new Map();
}

/** The file a path names inside root, or null; undefined when the path cannot be decoded (a bad request). */
function resolvePath(urlPath: string): string | null | undefined {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath.split('?')[0] ?? '/');
  } catch {
    return undefined;
  }
  if (decoded.includes('\0')) return undefined;
  // Hosts read `_headers`; they never serve it.
  if (decoded === '/_headers') return null;
  const candidate = normalize(join(root, decoded));
  if (candidate !== root && !candidate.startsWith(root + sep)) return null;
  if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  return null;
}

/** Bad input gets a 4xx and the server goes on serving (a hostile request must never take it down). */
function refuse(res: ServerResponse, status: 400 | 405, message: string): void {
  res.writeHead(status, { 'content-type': 'text/plain', ...(status === 405 ? { allow: 'GET, HEAD' } : {}) });
  res.end(message);
}

function handle(req: IncomingMessage, res: ServerResponse): void {
  if (req.method !== 'GET' && req.method !== 'HEAD') return refuse(res, 405, 'Method not allowed');
  let url: URL;
  try {
    url = new URL(req.url ?? '/', 'http://localhost');
  } catch {
    return refuse(res, 400, 'Bad request');
  }
  let file = resolvePath(url.pathname);
  if (file === undefined) return refuse(res, 400, 'Bad request');
  const status = 200;
  if (!file) {
    // Unknown paths with a file extension are real 404s; everything else is an app route.
    if (extname(url.pathname)) {
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('Not found');
      return;
    }
    file = join(root, 'index.html');
  }
  const ext = extname(file);
  const headers: Record<string, string> = {
    'content-type': TYPES[ext] ?? 'application/octet-stream',
    vary: 'accept-encoding',
    'cache-control': HOST_DEFAULT_CACHE,
    // The rules match the path asked for, not the file answering it: an app route gets the page's headers.
    ...Object.fromEntries(fileHeaders(url.pathname)),
  };

  const accept = String(req.headers['accept-encoding'] ?? '');
  const stream = createReadStream(file);
  if (COMPRESSIBLE.has(ext) && /\bbr\b/.test(accept)) {
    res.writeHead(status, { ...headers, 'content-encoding': 'br' });
    pipeline(stream, createBrotliCompress({ params: { [constants.BROTLI_PARAM_QUALITY]: 5 } }), res, () => undefined);
  } else if (COMPRESSIBLE.has(ext) && /\bgzip\b/.test(accept)) {
    res.writeHead(status, { ...headers, 'content-encoding': 'gzip' });
    pipeline(stream, createGzip({ level: 6 }), res, () => undefined);
  } else {
    res.writeHead(status, { ...headers, 'content-length': String(statSync(file).size) });
    pipeline(stream, res, () => undefined);
  }
}

const server = createServer((req, res) => {
  try {
    handle(req, res);
  } catch (error) {
    console.error(error);
    if (!res.headersSent) res.writeHead(500, { 'content-type': 'text/plain' });
    res.end();
  }
});

server.listen(port, host, () => {
  console.log(`Serving ${root} on http://${host}:${port}/`);
});
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => server.close(() => process.exit(0)));
