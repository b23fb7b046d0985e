// The demo's first-visit snapshot: /api answers that the demo build computes from the mock handlers and ships as
// static JSON files (build/demo-snapshot.ts), so that a first visit, before the service worker answers /api, reads
// like the HTTP-API build's (the early story request, no mocks in the page). Shared by the build, index.html's early
// script and the page's demo fetch, so all three name the same files.

/** A snapshot file the host really has: a 2xx JSON answer (a host that lacks it answers 404, or its HTML fallback). */
export function isJsonAnswer(response: Response): boolean {
  return response.ok && (response.headers.get('content-type') ?? '').includes('json');
}

/** Where the snapshot's files are, beside the app (not precached: the worker answers /api once it controls). */
export const SNAPSHOT_BASE = '/demo-api';

/** The snapshot key of an /api request: its path below the API base and its query, parameters sorted. */
export function snapshotKey(path: string, search: string): string {
  const params = new URLSearchParams(search);
  params.sort();
  const query = params.toString();
  return query ? `${path}?${query}` : path;
}

/** The file a key is stored in: `/stories/x` → `/demo-api/stories/x.json`, `/popular?period=week` → `…/popular.period=week.json`. */
export function snapshotFile(key: string): string {
  const [path = '', query] = key.split('?', 2);
  const suffix = query ? `.${query.replace(/[^A-Za-z0-9=&_-]/g, '_')}` : '';
  return `${SNAPSHOT_BASE}${path}${suffix}.json`;
}

/**
 * Whether `cookies` (document.cookie) sets one of the e2e build's test switches (mocks/test-switches.ts, all named
 * `lede-…`): the snapshot holds the answers without switches, so it is not used then. Only the e2e build asks.
 */
export function testSwitchCookieSet(cookies: string): boolean {
  return /(^|;\s*)lede-/.test(cookies);
}
