// The load `npm run bench:server` puts on the render server: a closed loop of keep-alive connections (each sends its
// next request when the last answer has arrived, as autocannon does by default), for a time or a number of requests.
import { performance } from 'node:perf_hooks';
import { Pool } from 'undici';
import type { LoadResult } from './server-report';

export interface LoadOptions {
  /** The render server, like http://127.0.0.1:4351. */
  origin: string;
  /** The path and query of the request numbered `index` (0, 1, 2 … in the order they are sent). */
  pathFor: (index: number) => string;
  connections: number;
  /** No request is sent after this long; those under way are waited for (up to timeoutMs). */
  durationMs: number;
  /** No more than this many requests are sent. */
  maxRequests?: number;
  /** A request with no complete answer after this long counts as an error. */
  timeoutMs?: number;
}

/** Sends requests as the options say and records each answer's latency (until its last byte), status, render outcome and ETag. */
export async function runLoad(options: LoadOptions): Promise<LoadResult> {
  const { origin, pathFor, connections, durationMs, maxRequests = Number.POSITIVE_INFINITY, timeoutMs = 30_000 } = options;
  const pool = new Pool(origin, { connections, pipelining: 1 });
  const result: LoadResult = { latenciesMs: [], statuses: {}, outcomes: {}, etags: new Set(), errors: {}, bytes: 0, elapsedMs: 0 };
  const started = performance.now();
  const deadline = started + durationMs;
  let sent = 0;

  async function connection(): Promise<void> {
    while (performance.now() < deadline && sent < maxRequests) {
      const path = pathFor(sent);
      sent += 1;
      const begun = performance.now();
      try {
        const answer = await pool.request({ path, method: 'GET', headersTimeout: timeoutMs, bodyTimeout: timeoutMs });
        for await (const chunk of answer.body) result.bytes += (chunk as Buffer).length;
        result.latenciesMs.push(performance.now() - begun);
        result.statuses[answer.statusCode] = (result.statuses[answer.statusCode] ?? 0) + 1;
        const header = answer.headers['x-lede-render'];
        const outcome = (Array.isArray(header) ? header.join(',') : header) ?? 'none';
        result.outcomes[outcome] = (result.outcomes[outcome] ?? 0) + 1;
        const etag = answer.headers.etag;
        if (typeof etag === 'string') result.etags.add(etag);
      } catch (error) {
        const kind = (error as { code?: string }).code ?? (error instanceof Error ? error.name : 'error');
        result.errors[kind] = (result.errors[kind] ?? 0) + 1;
      }
    }
  }

  try {
    await Promise.all(Array.from({ length: connections }, connection));
  } finally {
    result.elapsedMs = performance.now() - started;
    await pool.destroy();
  }
  return result;
}
