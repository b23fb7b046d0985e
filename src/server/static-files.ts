// The build's files over Node's HTTP server, as a static host serves them: each path's headers from the build's
// `_headers` (build/headers.ts), brotli or gzip where the reader accepts it, and a 4xx for a path no file can have.
// Used by the render server (files beside its pages) and by scripts/serve.ts (the static build alone).
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';
import { pipeline } from 'node:stream';
import { constants, createBrotliCompress, createGzip } from 'node:zlib';
import { headersForPath, parseHeaderRules } from '../../build/headers.ts';

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
  '.xml': 'application/xml; charset=utf-8',
  '.woff2': 'font/woff2',
};
const COMPRESSIBLE = new Set(['.html', '.js', '.mjs', '.css', '.json', '.webmanifest', '.svg', '.txt', '.xml']);

/** What a host that honours `_headers` sends when the file says nothing (Cloudflare Pages and Netlify alike). */
const HOST_DEFAULT_CACHE = 'public, max-age=0, must-revalidate';

export interface StaticFiles {
  /** The file a path names inside the build, null when there is none, undefined when the path cannot be read. */
  resolve(urlPath: string): string | null | undefined;
  /** The headers the build's `_headers` gives `pathname` (read on every request: a rebuild never pairs new hashes with an old header). */
  headers(pathname: string): Map<string, string>;
  /** Sends `file` (a path `resolve` gave) for a request of `pathname`. */
  send(req: IncomingMessage, res: ServerResponse, pathname: string, file: string): void;
}

export function createStaticFiles(root: string): StaticFiles {
  const headers = (pathname: string) => {
    const file = join(root, '_headers');
    return existsSync(file) ? headersForPath(parseHeaderRules(readFileSync(file, 'utf8')), pathname) : new Map<string, string>();
  };
  return {
    headers,
    resolve(urlPath) {
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
      return existsSync(candidate) && statSync(candidate).isFile() ? candidate : null;
    },
    send(req, res, pathname, file) {
      const ext = extname(file);
      const sent: Record<string, string> = {
        'content-type': TYPES[ext] ?? 'application/octet-stream',
        vary: 'accept-encoding',
        'cache-control': HOST_DEFAULT_CACHE,
        // The rules match the path asked for, not the file answering it: an app route gets the page's headers.
        ...Object.fromEntries(headers(pathname)),
      };
      const accept = String(req.headers['accept-encoding'] ?? '');
      const encoding = !COMPRESSIBLE.has(ext) ? null : /\bbr\b/.test(accept) ? 'br' : /\bgzip\b/.test(accept) ? 'gzip' : null;
      res.writeHead(200, encoding ? { ...sent, 'content-encoding': encoding } : { ...sent, 'content-length': String(statSync(file).size) });
      if (req.method === 'HEAD') return void res.end();
      const stream = createReadStream(file);
      if (encoding === 'br') pipeline(stream, createBrotliCompress({ params: { [constants.BROTLI_PARAM_QUALITY]: 5 } }), res, () => undefined);
      else if (encoding === 'gzip') pipeline(stream, createGzip({ level: 6 }), res, () => undefined);
      else pipeline(stream, res, () => undefined);
    },
  };
}
