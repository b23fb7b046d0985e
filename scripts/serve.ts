// A production-like static server for built Lede, as static hosts serve it: compression, a page rendered ahead
// (`story/<slug>.html`) for its address, the frame (`shell.html`, the build's `_redirects`) for any other, and the
// build's `_headers` applied to every path (src/server/static-files.ts, the render server's file answers too).
// Usage: tsx scripts/serve.ts [--dir dist] [--port 4173] [--host 127.0.0.1]
import { existsSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { extname, join, resolve } from 'node:path';
import { SHELL_FILE } from '../src/lib/server-state.ts';
import { createStaticFiles } from '../src/server/static-files.ts';

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
const files = createStaticFiles(root);

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
  const file = files.resolve(url.pathname);
  if (file === undefined) return refuse(res, 400, 'Bad request');
  if (file) return files.send(req, res, url.pathname, file);
  // Unknown paths with a file extension are real 404s; everything else is an app route.
  if (extname(url.pathname)) {
    res.writeHead(404, { 'content-type': 'text/plain' });
    res.end('Not found');
    return;
  }
  // A page rendered ahead of time (the static demo's), else the frame, whose app renders the route.
  const page = files.resolve(url.pathname === '/' ? '/index.html' : `${url.pathname.replace(/\/$/, '')}.html`);
  files.send(req, res, url.pathname, page || join(root, existsSync(join(root, SHELL_FILE)) ? SHELL_FILE : 'index.html'));
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
