// The only place that talks to the content API: fetch with a timeout, then parse or throw a ContentError.
import * as v from 'valibot';
import { awaitEarlyResponse, takeEarlyResponse } from './early';
import { ContentError } from './errors';
import { outcomeOf, reportNetworkOutcome } from './network-outcome';

export const API_BASE_URL: string = (import.meta.env.VITE_API_BASE_URL as string | undefined) || '/api';
export const DEFAULT_TIMEOUT_MS = 8000;

export interface GetOptions {
  signal?: AbortSignal;
  timeoutMs?: number;
}

export function apiUrl(path: string): string {
  return `${API_BASE_URL.replace(/\/$/, '')}${path}`;
}

function parseRetryAfter(value: string | null): number | undefined {
  if (!value) return undefined;
  const seconds = Number(value);
  if (Number.isFinite(seconds)) return Math.max(0, seconds);
  const at = Date.parse(value);
  return Number.isNaN(at) ? undefined : Math.max(0, Math.round((at - Date.now()) / 1000));
}

interface Sent {
  response: Response;
  timeout: AbortSignal;
}

/**
 * Sends a GET with a timeout and turns every failure into a ContentError: network (timeout, offline, network),
 * 404 and any other non-2xx status except 304, which conditional requests handle themselves. Every outcome is
 * reported for connectivity (network-outcome.ts): reached the network, unreachable, or answered from a cache.
 */
async function send(
  url: string,
  options: GetOptions,
  init: { headers?: Record<string, string>; cache?: RequestCache; takeEarly?: boolean; pastEndStatus?: number } = {},
): Promise<Sent> {
  const timeout = AbortSignal.timeout(options.timeoutMs ?? DEFAULT_TIMEOUT_MS);
  const signal = options.signal ? AbortSignal.any([options.signal, timeout]) : timeout;
  const headers = { accept: 'application/json', ...init.headers };

  let response: Response;
  try {
    // The first story request may already be in flight from index.html: waited for under the same timeout and
    // signal as any request (it can stall like any other); a failed early request is retried here.
    const early = init.takeEarly ? takeEarlyResponse(url) : undefined;
    response = (early && (await awaitEarlyResponse(early, signal))) || (await fetch(url, { signal, headers, cache: init.cache }));
  } catch (cause) {
    if (options.signal?.aborted) throw cause; // the caller cancelled; not an error to show
    reportNetworkOutcome('unreachable');
    if (timeout.aborted) throw new ContentError('timeout', url, { cause });
    if (typeof navigator !== 'undefined' && navigator.onLine === false) throw new ContentError('offline', url, { cause });
    throw new ContentError('network', url, { cause });
  }
  const outcome = outcomeOf(response);
  reportNetworkOutcome(outcome);

  // A 404 from a copy on the device says only that the device lacks it, not that the service does.
  if (response.status === 404) throw new ContentError(outcome === 'from-cache' ? 'offline' : 'not-found', url, { status: 404 });
  if (!response.ok && response.status !== 304 && response.status !== init.pastEndStatus) {
    throw new ContentError('http', url, {
      status: response.status,
      retryAfter: parseRetryAfter(response.headers.get('retry-after')),
      detail: `HTTP ${response.status}`,
    });
  }
  return { response, timeout };
}

async function readBody({ response, timeout }: Sent, url: string): Promise<unknown> {
  try {
    return await response.json();
  } catch (cause) {
    if (timeout.aborted) {
      reportNetworkOutcome('unreachable'); // the body stalled on the way
      throw new ContentError('timeout', url, { cause });
    }
    throw new ContentError('invalid-json', url, { cause });
  }
}

/** GET a JSON resource and parse it with `schema`; every failure becomes a ContentError. */
export async function getJson<S extends v.GenericSchema>(path: string, schema: S, options: GetOptions = {}): Promise<v.InferOutput<S>> {
  const url = apiUrl(path);
  return parseContent(schema, await readBody(await send(url, options, { takeEarly: true }), url), url);
}

/** `maxAge`: seconds from the answer's `Cache-Control: max-age`, which a polling client uses as its interval. */
export type Conditional<T> = { status: 'unchanged'; maxAge?: number } | { status: 'changed'; data: T; etag: string | null; maxAge?: number };

function parseMaxAge(value: string | null): number | undefined {
  const match = /(?:^|,)\s*max-age\s*=\s*"?(\d+)"?/i.exec(value ?? '');
  return match ? Number(match[1]) : undefined;
}

/**
 * GET with `If-None-Match`: 304 means unchanged; otherwise the parsed resource and its new ETag. Bypasses the HTTP
 * cache, whose stored copy would otherwise answer. Failures are the same ContentErrors as getJson's.
 */
export async function getJsonIfChanged<S extends v.GenericSchema>(
  path: string,
  schema: S,
  etag: string | null,
  options: GetOptions = {},
): Promise<Conditional<v.InferOutput<S>>> {
  const url = apiUrl(path);
  const sent = await send(url, options, { headers: etag ? { 'if-none-match': etag } : {}, cache: 'no-store' });
  const maxAge = parseMaxAge(sent.response.headers.get('cache-control'));
  if (sent.response.status === 304) return { status: 'unchanged', maxAge };
  return { status: 'changed', data: parseContent(schema, await readBody(sent, url), url), etag: sent.response.headers.get('etag'), maxAge };
}

/** A page of a list that counts its items in headers (WordPress: X-WP-Total, X-WP-TotalPages), or the end of it. */
export type PagedAnswer<T> = { status: 'page'; data: T; total: number | null; totalPages: number | null } | { status: 'past-end' };

/** WordPress's answer to a page number past the last page: a 400 with this code, which means "the list has ended". */
const PAST_END_CODE = 'rest_post_invalid_page_number';

function headerCount(value: string | null): number | null {
  return value !== null && /^\d+$/.test(value.trim()) ? Number(value) : null;
}

/**
 * GET an absolute URL of a paged REST API (WordPress's) and parse it with `schema`, with the list's counts from
 * X-WP-Total/X-WP-TotalPages. WordPress's 400 for a page past the end is `past-end`; any other 400 is an error.
 * `fresh` bypasses the HTTP cache (update checks: WordPress sends no ETag to revalidate with).
 */
export async function getPagedJson<S extends v.GenericSchema>(
  url: string,
  schema: S,
  options: GetOptions = {},
  init: { fresh?: boolean } = {},
): Promise<PagedAnswer<v.InferOutput<S>>> {
  const sent = await send(url, options, { takeEarly: !init.fresh, pastEndStatus: 400, ...(init.fresh ? { cache: 'no-store' as const } : {}) });
  const body = await readBody(sent, url);
  if (sent.response.status === 400) {
    if ((body as { code?: unknown } | null)?.code === PAST_END_CODE) return { status: 'past-end' };
    throw new ContentError('http', url, { status: 400, detail: 'HTTP 400' });
  }
  const headers = sent.response.headers;
  return {
    status: 'page',
    data: parseContent(schema, body, url),
    total: headerCount(headers.get('x-wp-total')),
    totalPages: headerCount(headers.get('x-wp-totalpages')),
  };
}

/** Parse, don't validate: typed data out, or a ContentError naming the first bad path. */
export function parseContent<S extends v.GenericSchema>(schema: S, body: unknown, url: string): v.InferOutput<S> {
  const result = v.safeParse(schema, body);
  if (!result.success) {
    const first = result.issues[0];
    const where = first ? (v.getDotPath(first) ?? '(root)') : '(root)';
    throw new ContentError('invalid-shape', url, { detail: `${where}: ${first?.message ?? 'unexpected value'}` });
  }
  return result.output;
}
