// Service worker of the demo build: the app shell offline, and /api answered here from the same MSW handlers
// and fixtures the tests use (MSW's getResponse), so the demo works with no network and needs no second worker.
// Its API lives on the device, so its answers say nothing about the network by themselves: each is marked as from a
// cache when a probe of the site the demo came from fails or stalls, as the HTTP-API build's would be.
/// <reference lib="webworker" />
import './storage-shim';
import { setWorkerCookies } from './cookie-shim';
import { getResponse } from 'msw';
import { registerRoute } from 'workbox-routing';
import { DEMO_TEST_SWITCHES, demoHandlers } from '../../mocks/demo-handlers';
import { installShell } from '../sw/shell';
import { demoAnswer, siteProbe } from './probe';

declare const self: ServiceWorkerGlobalScope & { cookieStore?: { getAll(): Promise<Array<{ name: string; value: string }>> } };

/** Copies this origin's cookies (Cookie Store API) to where MSW's handlers read them: they carry the test switches. */
async function syncCookies(): Promise<void> {
  const cookies = (await self.cookieStore?.getAll().catch(() => [])) ?? [];
  setWorkerCookies(cookies.map(({ name, value }) => `${name}=${encodeURIComponent(value ?? '')}`).join('; '));
}

// The demo's photos are all the app's own.
installShell([]);
const siteReachable = siteProbe((url, init) => fetch(url, init), self.registration.scope);

registerRoute(
  ({ url }) => url.origin === self.location.origin && url.pathname.startsWith('/api/'),
  async ({ request }) => {
    if (DEMO_TEST_SWITCHES) await syncCookies();
    const [response, reachable] = await Promise.all([getResponse(demoHandlers, request), siteReachable()]);
    return demoAnswer(response, reachable);
  },
);
