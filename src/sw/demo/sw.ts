// Service worker of the demo build: the app shell offline, and /api answered here from the same MSW handlers
// and fixtures the tests use (MSW's getResponse), so the demo works with no network and needs no second worker.
/// <reference lib="webworker" />
import './storage-shim';
import { getResponse } from 'msw';
import { registerRoute } from 'workbox-routing';
import { handlers } from '../../../mocks/handlers';
import { installShell } from '../core';

declare const self: ServiceWorkerGlobalScope & { cookieStore?: { getAll(): Promise<Array<{ name: string; value: string }>> } };

/** Service workers do not see the Cookie header; the mock handlers read test scenarios from cookies. */
async function withCookies(request: Request): Promise<Request> {
  const cookies = (await self.cookieStore?.getAll().catch(() => [])) ?? [];
  if (cookies.length === 0) return request;
  const headers = new Headers(request.headers);
  headers.set('cookie', cookies.map(({ name, value }) => `${name}=${encodeURIComponent(value ?? "")}`).join('; '));
  return new Request(request.url, { method: request.method, headers });
}

installShell();

registerRoute(
  ({ url }) => url.origin === self.location.origin && url.pathname.startsWith('/api/'),
  async ({ request }) => {
    const response = await getResponse(handlers, await withCookies(request));
    return response ?? Response.json({ error: 'not_found', message: 'No such endpoint in the demo API' }, { status: 404 });
  },
);
