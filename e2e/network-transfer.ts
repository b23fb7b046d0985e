// What a page costs the network: every request the page or its service worker sends, counted as Chromium reports it
// (CDP Network events through Playwright's request.sizes(): request and response headers and the encoded body, i.e.
// compressed as it crossed the wire). Answers the service worker gives from its caches never cross the network and are
// not counted; the worker's own fetches are, on the worker's request.
import type { BrowserContext, Request } from '@playwright/test';

export interface Transfer {
  url: string;
  bytes: number;
  /** Who sent it: the page, or its service worker. */
  from: 'page' | 'worker';
}

/** Starts counting what `context` transfers; `stop()` waits for the answers under way and returns what crossed. */
export function countTransfers(context: BrowserContext) {
  const pending: Array<Promise<Transfer | null>> = [];
  const onFinished = (request: Request) => {
    pending.push(
      (async (): Promise<Transfer | null> => {
        const response = await request.response();
        // Answered by the service worker: its network fetch, if any, is counted as the worker's own request.
        if (!response || response.fromServiceWorker()) return null;
        const sizes = await request.sizes();
        const bytes = sizes.requestHeadersSize + sizes.requestBodySize + sizes.responseHeadersSize + sizes.responseBodySize;
        return { url: request.url(), bytes, from: request.serviceWorker() ? 'worker' : 'page' };
      })().catch(() => null),
    );
  };
  context.on('requestfinished', onFinished);
  return {
    /** How many requests have finished so far (counted or not). */
    seen: () => pending.length,
    async stop(): Promise<{ total: number; transfers: Transfer[] }> {
      context.off('requestfinished', onFinished);
      const transfers = (await Promise.all(pending)).filter((transfer): transfer is Transfer => transfer !== null);
      return { total: transfers.reduce((sum, transfer) => sum + transfer.bytes, 0), transfers };
    },
  };
}

/** Waits until no request has finished for `quietMs` (the page and its worker have stopped asking). */
export async function untilQuiet(counter: { seen: () => number }, quietMs = 1_500, timeoutMs = 20_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let last = counter.seen();
  let since = Date.now();
  while (Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 100));
    if (counter.seen() !== last) {
      last = counter.seen();
      since = Date.now();
    } else if (Date.now() - since >= quietMs) return;
  }
  throw new Error(`the network was still busy after ${timeoutMs} ms`);
}
