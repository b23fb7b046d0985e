// A production-like static server for built Lede: compression, SPA fallback, cache headers and the CSP header.
// Usage: tsx scripts/serve.ts [--dir dist] [--port 4173] [--host 127.0.0.1]
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { pipeline } from 'node:stream';
import { constants, createBrotliCompress, createGzip } from 'node:zlib';

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

/**
 * The CSP header the build wrote into `_headers` (build/html.ts; the same policy as index.html's <meta>, plus the
 * header-only directives). Read on every HTML response, so a rebuild under a running server never pairs new
 * inline-script hashes with an old header.
 */
function cspHeader(): string | undefined {
  const file = join(root, '_headers');
  if (!existsSync(file)) return undefined;
  return readFileSync(file, 'utf8').match(/^\s+Content-Security-Policy:\s*(.+)$/m)?.[1]?.trim();
}

function resolvePath(urlPath: string): string | null {
  const decoded = decodeURIComponent(urlPath.split('?')[0] ?? '/');
  const candidate = normalize(join(root, decoded));
  if (candidate !== root && !candidate.startsWith(root + sep)) return null;
  if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  return null;
}

const server = createServer((req, res) => {
  const url = new URL(req.url ?? '/', 'http://localhost');
  let file = resolvePath(url.pathname);
  let status = 200;
  if (!file) {
    // Unknown paths with a file extension are real 404s; everything else is an app route.
    if (extname(url.pathname)) {
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('Not found');
      return;
    }
    file = join(root, 'index.html');
    status = 200;
  }
  const ext = extname(file);
  const headers: Record<string, string> = {
    'content-type': TYPES[ext] ?? 'application/octet-stream',
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'strict-origin-when-cross-origin',
    vary: 'accept-encoding',
  };
  if (url.pathname.startsWith('/assets/')) headers['cache-control'] = 'public, max-age=31536000, immutable';
  else if (ext === '.html' || /(^|\/)(sw|mockServiceWorker)\.js$/.test(url.pathname) || ext === '.webmanifest') headers['cache-control'] = 'no-cache';
  else headers['cache-control'] = 'public, max-age=3600';
  const csp = ext === '.html' ? cspHeader() : undefined;
  if (csp) headers['content-security-policy'] = csp;

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
});

server.listen(port, host, () => {
  console.log(`Serving ${root} on http://${host}:${port}/`);
});
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => server.close(() => process.exit(0)));
