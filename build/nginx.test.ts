// nginx sends each path what the build's `_headers` gives it (as scripts/serve.ts applies the file), in both variants:
// asked of a model of nginx reading the written config (build/nginx-model.ts), and the config is one nginx accepts.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { headerCsp, workerCsp } from './csp';
import { formatHeaderRules, headersForPath, ledeHeaderRules, parseHeaderRules, type HeaderRule } from './headers';
import { answer } from './nginx-model';
import { fill, nginxConfig, UNHASHED_CACHE, type NginxDeployment, type NginxVariant } from './nginx';

const csp = { apiOrigin: 'https://content.example', imageOrigins: ['https://cdn.example'], inlineScripts: ['boot()'], inlineStyles: ['body{}'] };
const headersFile = formatHeaderRules(ledeHeaderRules({ pagePolicy: headerCsp(csp), workerPolicy: workerCsp(csp) }));
const BROTLI = '/usr/lib/nginx/modules/ngx_http_brotli_static_module.so';

const deployment = (variant: NginxVariant, prefix = '/srv/lede/nginx'): NginxDeployment => ({
  variant,
  prefix,
  root: '/srv/lede/site',
  listen: '127.0.0.1:8080',
  upstreams: ['127.0.0.1:3001', '127.0.0.1:3002'],
  gzipStatic: true,
  brotliModule: existsSync(BROTLI) ? BROTLI : undefined,
});

/** What serve.ts sends from the file, with nginx's one default where the file names no Cache-Control. */
function fromFile(rules: HeaderRule[], path: string): Map<string, string> {
  const headers = headersForPath(rules, path);
  if (!headers.has('cache-control')) headers.set('cache-control', UNHASHED_CACHE);
  return headers;
}

const rules = parseHeaderRules(headersFile);
const FILES = new Set([
  '/index.html',
  '/shell.html',
  '/story/harbour-bridge-reopens.html',
  '/sw.js',
  '/manifest.webmanifest',
  '/favicon.svg',
  '/assets/main-Ab12.js',
  '/assets/main-Ab12.css',
  '/images/bridge-480.webp',
  '/icons/icon-192.png',
]);
const PAGES = ['/topic/transport', '/archive', '/search', '/offline', '/story/not-rendered-ahead'];
const pageSecurity = () => new Map([...fromFile(rules, '/')].filter(([name]) => name !== 'cache-control'));

describe.each<NginxVariant>(['static', 'render'])('the %s variant', (variant) => {
  const config = nginxConfig(headersFile, deployment(variant));

  it.each([...FILES])('sends the file %s with the headers the file gives its path', (path) => {
    expect(answer(config, path, FILES)).toEqual({ status: 200, location: expect.any(String), file: path, headers: fromFile(rules, path) });
  });

  it('makes hashed assets immutable, and the pages, the worker and the manifest no-cache', () => {
    expect(answer(config, '/assets/main-Ab12.js', FILES).headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    for (const path of ['/index.html', '/sw.js', '/manifest.webmanifest'])
      expect(answer(config, path, FILES).headers.get('cache-control')).toBe('no-cache');
  });

  it('answers a missing hashed asset 404 from @missing: the security headers, never immutable, never a page', () => {
    const missing = answer(config, '/assets/main-Gone.js', FILES);
    expect(missing).toEqual({ status: 404, location: '@missing', headers: new Map([...pageSecurity(), ['cache-control', 'no-cache']]) });
  });

  it('never serves `_headers`', () => {
    expect(answer(config, '/_headers', new Set([...FILES, '/_headers']))).toMatchObject({ status: 404, location: '@missing' });
  });
});

describe('the static variant', () => {
  const config = nginxConfig(headersFile, deployment('static'));

  it.each(PAGES)('answers the page %s with the static shell and the headers the file gives that path', (path) => {
    expect(answer(config, path, FILES)).toEqual({ status: 200, location: '/', file: '/shell.html', headers: fromFile(rules, path) });
  });

  it('answers a page rendered ahead of time with its file: the front page index.html, a story its .html', () => {
    expect(answer(config, '/', FILES)).toEqual({ status: 200, location: '/', file: '/index.html', headers: fromFile(rules, '/') });
    const story = '/story/harbour-bridge-reopens';
    expect(answer(config, story, FILES)).toEqual({ status: 200, location: '/', file: `${story}.html`, headers: fromFile(rules, story) });
  });

  it('answers a missing file 404, not with the static shell', () => {
    expect(answer(config, '/images/gone-480.webp', FILES)).toMatchObject({ status: 404, location: '@missing' });
  });
});

describe('the render variant', () => {
  const config = nginxConfig(headersFile, deployment('render'));

  it.each([...PAGES, '/feed.xml', '/images/gone-480.webp'])('passes %s to the render servers, whose answer keeps its own headers', (path) => {
    expect(answer(config, path, FILES)).toEqual({
      status: 200,
      location: '@render',
      headers: new Map([['x-cache-status', '$upstream_cache_status']]),
    });
  });

  it('lists every render server', () => {
    expect(config).toMatch(/upstream lede_render \{\s+server 127\.0\.0\.1:3001 [^;]*;\s+server 127\.0\.0\.1:3002 [^;]*;/);
  });
});

/** `_headers` files of exact paths and prefixes over a few segments, with detached and repeated headers. */
const segment = fc.constantFrom('a', 'b', 'a.js', 'b.css');
const somePath = fc.array(segment, { minLength: 0, maxLength: 3 }).map((parts) => `/${parts.join('/')}`);
const rulePath = fc.tuple(somePath, fc.boolean()).map(([path, prefix]) => (prefix ? `${path}${path.endsWith('/') ? '' : '/'}*` : path));
const headerName = fc.constantFrom('X-One', 'X-Two', 'Cache-Control');
const rule = fc.record({
  path: rulePath,
  detach: fc.array(headerName, { maxLength: 1 }),
  set: fc.array(fc.tuple(headerName, fc.stringMatching(/^[a-z0-9]([a-z0-9=, ]{0,6}[a-z0-9])?$/)), { maxLength: 2 }),
});

describe('any `_headers` of exact paths and prefixes', () => {
  it('gives every path, through nginx, what the file gives it', () => {
    fc.assert(
      fc.property(fc.array(rule, { minLength: 1, maxLength: 6 }), fc.array(somePath, { minLength: 1, maxLength: 8 }), (drawn, paths) => {
        const file = formatHeaderRules(drawn);
        const read = parseHeaderRules(file);
        const config = nginxConfig(file, deployment('static'));
        for (const path of paths) expect(answer(config, path, new Set(paths)).headers).toEqual(fromFile(read, path));
      }),
    );
  });

  it('refuses what nginx locations cannot say rather than guess', () => {
    expect(() => nginxConfig('/news/:slug\n  X-One: 1\n', deployment('static'))).toThrow(/regular expression location/);
    expect(() => nginxConfig('/*.js\n  X-One: 1\n', deployment('static'))).toThrow(/regular expression location/);
    expect(() => nginxConfig('/*\n  X-One: $host\n', deployment('static'))).toThrow(/cannot send/);
  });
});

describe('templates', () => {
  it('are filled whole: a value on its own line takes the line’s indentation, a missing value is an error', () => {
    expect(fill('a {\n    {{body}}\n}\nb {{x}};', { body: 'one;\ntwo;', x: '1' })).toBe('a {\n    one;\n    two;\n}\nb 1;');
    expect(() => fill('{{nothing}}', {})).toThrow(/no value for \{\{nothing\}\}/);
  });
});

const nginxPath = spawnSync('which', ['nginx'], { encoding: 'utf8' }).stdout.trim();
const prefixes: string[] = [];
afterAll(() => prefixes.forEach((prefix) => rmSync(prefix, { recursive: true, force: true })));

describe.skipIf(!nginxPath)('Debian’s nginx', () => {
  it.each<NginxVariant>(['static', 'render'])('accepts the %s config', (variant) => {
    const prefix = mkdtempSync(join(tmpdir(), 'lede-nginx-test-'));
    prefixes.push(prefix);
    for (const folder of ['logs', 'temp', 'cache']) mkdirSync(join(prefix, folder));
    writeFileSync(join(prefix, 'nginx.conf'), nginxConfig(headersFile, deployment(variant, prefix)));
    const test = spawnSync(nginxPath, ['-t', '-q', '-p', `${prefix}/`, '-c', 'nginx.conf', '-e', join(prefix, 'logs/error.log')], {
      encoding: 'utf8',
    });
    expect(test.stderr).toBe('');
    expect(test.status).toBe(0);
  });
});
