// `npm run api`: a real local HTTP content API serving the fixtures through the same MSW handlers (no MSW interception),
// on 127.0.0.1 unless LEDE_API_HOST says otherwise. Test switches (mocks/test-switches.ts) and the content that exists
// only for tests are there only with `--test-switches`, which the e2e suite passes (playwright.config.ts).
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { getResponse } from 'msw';
import { contentHandlers } from '../mocks/handlers/content';
import { handlers as switchedHandlers } from '../mocks/handlers';

const PORT = Number(process.env.LEDE_API_PORT ?? 8787);
const HOST = process.env.LEDE_API_HOST ?? '127.0.0.1';
const TEST_SWITCHES = process.argv.includes('--test-switches');
const handlers = TEST_SWITCHES ? switchedHandlers : contentHandlers();

const CORS = {
  'access-control-allow-origin': '*',
  'access-control-allow-methods': 'GET, HEAD, OPTIONS',
  'access-control-allow-headers': 'accept, content-type, if-none-match, if-modified-since',
  'access-control-expose-headers': 'etag, last-modified, retry-after',
};

async function handle(req: IncomingMessage, res: ServerResponse) {
  if (req.method === 'OPTIONS') {
    res.writeHead(204, { ...CORS, 'access-control-max-age': '600' });
    res.end();
    return;
  }
  // The request as the handlers see it; input no Request can carry (an unparsable URL, a header value fetch
  // refuses) is a bad request, never a crash. The Host header is not trusted to build the URL.
  let request: Request;
  try {
    const url = new URL(req.url ?? '/', `http://${HOST}:${PORT}`);
    const headers = new Headers();
    for (const [name, value] of Object.entries(req.headers)) {
      if (typeof value === 'string' && name !== 'host') headers.set(name, value);
    }
    request = new Request(url, { method: req.method ?? 'GET', headers });
  } catch {
    res.writeHead(400, { ...CORS, 'content-type': 'application/json' });
    res.end(JSON.stringify({ error: 'bad_request' }));
    return;
  }
  const url = new URL(request.url);
  const response = await getResponse(handlers, request);
  if (!response) {
    res.writeHead(404, { ...CORS, 'content-type': 'application/json' });
    res.end(JSON.stringify({ error: 'not_found', message: `No endpoint ${url.pathname}` }));
    return;
  }
  const out: Record<string, string> = { ...CORS, 'cache-control': 'no-cache' };
  response.headers.forEach((value, name) => {
    out[name] = value;
  });
  res.writeHead(response.status, out);
  res.end(req.method === 'HEAD' ? undefined : Buffer.from(await response.arrayBuffer()));
}

const server = createServer((req, res) => {
  handle(req, res).catch((error: unknown) => {
    console.error(error);
    if (!res.headersSent) res.writeHead(500, { ...CORS, 'content-type': 'application/json' });
    res.end(JSON.stringify({ error: 'internal' }));
  });
});

server.listen(PORT, HOST, () => {
  console.log(`Lede content API (fixtures${TEST_SWITCHES ? ', with test switches' : ''}) on http://${HOST}:${PORT}/api`);
});

for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => server.close(() => process.exit(0)));
