// The build's `_headers` read as the hosts that honour it read it: the worker may fetch every origin the page shows
// photos from, pages get the page's policy, hashed assets are immutable; and the file survives its own round trip.
import { describe, expect, it } from 'vitest';
import { allowsConnecting, originsOfPage } from '../e2e/served-headers';
import { headerCsp, workerCsp } from './csp';
import { formatHeaderRules, headersForPath, ledeHeaderRules, parseHeaderRules, type HeaderRule } from './headers';

const csp = {
  apiOrigin: 'https://content.example',
  imageOrigins: ['https://i0.wp.example', 'https://cdn.example'],
  inlineScripts: ['console.log(1)'],
  inlineStyles: ['body{}'],
};
const pagePolicy = headerCsp(csp);
const written = formatHeaderRules(ledeHeaderRules({ pagePolicy, workerPolicy: workerCsp(csp) }));

/** Netlify's reading, independently: matching blocks in order, a later value of a header replaces an earlier one, `!` lines skipped. */
function netlifyHeaders(text: string, pathname: string): Map<string, string> {
  const headers = new Map<string, string>();
  let matches = false;
  for (const line of text.split('\n')) {
    if (line.startsWith('/')) matches = new RegExp(`^${line.replace(/[.]/g, '\\.').replace(/\*/g, '.*')}$`).test(pathname);
    const header = /^\s+([^:!\s]+):\s*(.+)$/.exec(line);
    if (matches && header) headers.set(header[1]!.toLowerCase(), header[2]!);
  }
  return headers;
}

const hosts: Array<[string, (pathname: string) => Map<string, string>]> = [
  ['Cloudflare Pages', (pathname) => headersForPath(parseHeaderRules(written), pathname)],
  ['Netlify', (pathname) => netlifyHeaders(written, pathname)],
];

describe.each(hosts)('the build’s _headers on %s', (_host, headersOf) => {
  it('lets the worker fetch the API and every origin the page shows photos from', () => {
    const worker = headersOf('/sw.js').get('content-security-policy') ?? '';
    expect(originsOfPage(pagePolicy)).toEqual(['https://content.example', 'https://i0.wp.example', 'https://cdn.example']);
    expect(["'self'", ...originsOfPage(pagePolicy)].filter((origin) => !allowsConnecting(worker, origin))).toEqual([]);
    expect(worker).not.toContain('unsafe');
    expect(headersOf('/sw.js').get('cache-control')).toBe('no-cache');
  });

  it('lets a page fetch every photo it shows, as saving a story does', () => {
    const page = headersOf('/story/harbour-bridge-reopens').get('content-security-policy') ?? '';
    expect(originsOfPage(pagePolicy).filter((origin) => !allowsConnecting(page, origin))).toEqual([]);
  });

  it.each(['/', '/index.html', '/story/harbour-bridge-reopens', '/offline', '/search'])('gives the page %s the page’s policy', (pathname) => {
    expect(headersOf(pathname).get('content-security-policy')).toBe(pagePolicy);
    expect(headersOf(pathname).get('cache-control')).toBeUndefined();
  });

  it('makes hashed assets immutable and nothing else', () => {
    expect(headersOf('/assets/index-Bx3k9a.js').get('cache-control')).toContain('immutable');
    for (const pathname of ['/sw.js', '/index.html', '/manifest.webmanifest', '/demo-api/front.json', '/images/bridge-480.webp']) {
      expect(headersOf(pathname).get('cache-control') ?? '').not.toContain('immutable');
    }
  });

  it('sends nosniff and the referrer policy everywhere', () => {
    for (const pathname of ['/', '/sw.js', '/assets/a.js', '/images/a-480.webp', '/demo-api/stories/a.json']) {
      expect(headersOf(pathname).get('x-content-type-options')).toBe('nosniff');
      expect(headersOf(pathname).get('referrer-policy')).toBe('strict-origin-when-cross-origin');
    }
  });
});

describe('_headers files', () => {
  it('read back as written', () => {
    const rules: HeaderRule[] = ledeHeaderRules({ pagePolicy, workerPolicy: workerCsp(csp) });
    expect(parseHeaderRules(written)).toEqual(rules);
  });

  it('are read as hosts read them: comments, placeholders, and a header set twice joined', () => {
    const rules = parseHeaderRules('# a comment\n/*\n  X-Robots-Tag: noindex\n/news/:slug\n  X-Robots-Tag: nosnippet\n');
    expect(headersForPath(rules, '/news/harbour').get('x-robots-tag')).toBe('noindex, nosnippet');
    expect(headersForPath(rules, '/news/harbour/more').get('x-robots-tag')).toBe('noindex');
  });

  it('refuse a header before any path, or a line that is neither', () => {
    expect(() => parseHeaderRules('  X-Robots-Tag: noindex\n')).toThrow(/before any path/);
    expect(() => parseHeaderRules('/*\n  not a header\n')).toThrow(/cannot read/);
  });
});
