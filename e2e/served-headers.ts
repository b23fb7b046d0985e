// The check that a served build carries the right headers on every path: every file of the build and the app's
// routes, asked of the server, against what the build itself needs (index.html's own policy), not what `_headers` says.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/** Each policy of a Content-Security-Policy header (a host may join several with commas), as directive → sources. */
export function policiesOf(header: string): Array<Map<string, string[]>> {
  return header.split(',').map(
    (policy) =>
      new Map(
        policy
          .split(';')
          .map((directive) => directive.trim().split(/\s+/))
          .filter(([name]) => Boolean(name))
          .map(([name, ...sources]) => [name!.toLowerCase(), sources]),
      ),
  );
}

/** Whether every policy of `header` lets a fetch reach `origin` (`'self'` for the site's own). */
export function allowsConnecting(header: string, origin: string): boolean {
  return policiesOf(header).every((policy) => (policy.get('connect-src') ?? policy.get('default-src') ?? []).includes(origin));
}

/** The origins a page's policy lets it read or show, besides its own: what the worker, which keeps them, must reach. */
export function originsOfPage(policy: string): string[] {
  const [page] = policiesOf(policy);
  const sources = [...(page?.get('connect-src') ?? []), ...(page?.get('img-src') ?? [])];
  return [...new Set(sources.filter((source) => /^https?:\/\//.test(source)))];
}

/** Every file of a build as the path it is served at, `_headers` aside. */
function servedFiles(dist: string): string[] {
  const files = readdirSync(dist, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile());
  return files.map((entry) => `/${relative(dist, join(entry.parentPath, entry.name)).split(sep).join('/')}`).filter((path) => path !== '/_headers');
}

const APP_ROUTES = ['/', '/story/harbour-bridge-reopens', '/topic/transport', '/archive', '/search?q=bridge', '/saved', '/offline'];

const TYPES: Array<[RegExp, RegExp]> = [
  [/\.html$/, /^text\/html/],
  [/\.m?js$/, /^text\/javascript/],
  [/\.css$/, /^text\/css/],
  [/\.json$/, /^application\/json/],
  [/\.webmanifest$/, /^application\/manifest\+json/],
  [/\.webp$/, /^image\/webp/],
  [/\.png$/, /^image\/png/],
  [/\.svg$/, /^image\/svg\+xml/],
];

/** What is wrong with the headers `baseURL` serves the build in `dist` with, one line per problem; empty when nothing. */
export async function servedHeaderProblems(baseURL: string, dist: string): Promise<string[]> {
  const meta = /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(readFileSync(join(dist, 'index.html'), 'utf8'))?.[1];
  if (!meta) return ['index.html has no Content-Security-Policy <meta>'];
  const decoded = meta.replace(/&(#39|apos|quot|amp);/g, (_, entity: string) => ({ '#39': "'", apos: "'", quot: '"', amp: '&' })[entity] ?? '');
  const pagePolicy = `${decoded}; frame-ancestors 'none'`;
  const problems: string[] = [];
  const paths = [...servedFiles(dist), ...APP_ROUTES];
  for (const path of paths) {
    const response = await fetch(new URL(path, baseURL), { redirect: 'manual' });
    await response.arrayBuffer();
    const header = (name: string) => response.headers.get(name) ?? '';
    const problem = (what: string) => problems.push(`${path}: ${what}`);
    if (response.status !== 200) problem(`status ${response.status}`);
    if (header('x-content-type-options') !== 'nosniff') problem('no X-Content-Type-Options: nosniff');
    const type = TYPES.find(([file]) => file.test(path))?.[1] ?? (APP_ROUTES.includes(path) ? /^text\/html/ : /./);
    if (!type.test(header('content-type'))) problem(`Content-Type ${header('content-type')}`);
    const csp = header('content-security-policy');
    if (header('content-type').startsWith('text/html') && csp !== pagePolicy) problem(`a page whose policy is not index.html's: ${csp}`);
    const unsaveable = originsOfPage(pagePolicy).filter((origin) => !allowsConnecting(pagePolicy, origin));
    if (path === '/' && unsaveable.length > 0) problem(`a page cannot fetch the photos it saves from ${unsaveable.join(', ')}`);
    if (path === '/sw.js') {
      const unreachable = ["'self'", ...originsOfPage(pagePolicy)].filter((origin) => !allowsConnecting(csp, origin));
      if (unreachable.length > 0) problem(`the worker cannot fetch ${unreachable.join(', ')} under ${csp}`);
      if (!/no-cache|max-age=0/.test(header('cache-control'))) problem(`the worker may be cached: ${header('cache-control')}`);
    }
    const immutable = /immutable/.test(header('cache-control'));
    if (immutable !== path.startsWith('/assets/')) problem(`Cache-Control ${header('cache-control')}`);
  }
  // Hosts read `_headers` and never serve it (an app route answers its path).
  if ((await (await fetch(new URL('/_headers', baseURL))).text()).includes('Content-Security-Policy:')) problems.push('/_headers: served');
  return problems;
}
