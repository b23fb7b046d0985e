// Service worker of the demo build: the app shell offline, and /api answered here from the same MSW handlers
// and fixtures the tests use (MSW's getResponse), so the demo works with no network and needs no second worker.
/// <reference lib="webworker" />
import './storage-shim';
import { setWorkerCookies } from './cookie-shim';
import { getResponse } from 'msw';
import { registerRoute } from 'workbox-routing';
import { handlers } from '../../../mocks/handlers';
import { installShell } from '../core';

declare const self: ServiceWorkerGlobalScope & { cookieStore?: { getAll(): Promise<Array<{ name: string; value: string }>> } };

/** Copies this origin's cookies (Cookie Store API) to where MSW's handlers read them. */
async function syncCookies(): Promise<void> {
  const cookies = (await self.cookieStore?.getAll().catch(() => [])) ?? [];
  setWorkerCookies(cookies.map(({ name, value }) => `${name}=${encodeURIComponent(value ?? '')}`).join('; '));
}

installShell();

registerRoute(
  ({ url }) => url.origin === self.location.origin && url.pathname.startsWith('/api/'),
  async ({ request }) => {
    await syncCookies();
    const response = await getResponse(handlers, request);
    return response ?? Response.json({ error: 'not_found', message: 'No such endpoint in the demo API' }, { status: 404 });
  },
);
