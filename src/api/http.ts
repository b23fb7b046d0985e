// The one request path: every content request of every source goes through an Http made here, which owns the
// deadline (headers and body), cancellation, the early story request's takeover and the report to connectivity.
import * as v from 'valibot';
import { ContentError } from './errors';
import { outcomeOf, type NetworkOutcome } from './network-outcome';
import { parseRetryAfter } from './retry';

/** How long a request may take, headers and body together, before it is a `timeout`. */
export const DEFAULT_TIMEOUT_MS = 8000;

export interface GetOptions {
  signal?: AbortSignal;
  timeoutMs?: number;
}

/** A story request index.html's inline script started before the app loaded (src/boot/early-story.ts). */
export interface EarlyRequest {
  url: string;
  response: Promise<Response>;
  /** Stops the request, its body included (a takeover that times out or is cancelled ends it). */
  abort(): void;
}

/** What an Http sends with and tells; built once at boot (src/main.tsx) and in tests. */
export interface Transport {
  /** Sends a request: the browser's fetch, or the demo's answerer until its worker controls the page. */
  fetch(url: string, init: RequestInit): Promise<Response>;
  /** Told what each request showed about the network (observed connectivity, src/pwa/store.ts). */
  observe(outcome: NetworkOutcome): void;
  /** The early story request, taken over once by the first request for its URL. */
  early?: EarlyRequest | null;
}

/** `maxAge`: seconds from the answer's `Cache-Control: max-age`, which a polling client uses as its interval. */
export type Conditional<T> = { status: 'unchanged'; maxAge?: number } | { status: 'changed'; data: T; etag: string | null; maxAge?: number };

/** An answer whose headers are in: read its body with `Http.json`, under the same deadline. */
export interface Exchange {
  url: string;
  response: Response;
  /** Aborts at the deadline or on the caller's cancellation; the body is read under it too. */
  signal: AbortSignal;
  deadline: AbortSignal;
  caller: AbortSignal | undefined;
}

export interface SendInit {
  headers?: Record<string, string>;
  cache?: RequestCache;
  /** The early story request may answer this one. */
  takeEarly?: boolean;
  /** A non-2xx status the caller reads itself (WordPress's past-the-end 400). */
  ownStatus?: number;
}

/**
 * The request path. Sources read through the helpers below (`getJson`, `getJsonIfChanged`) or, for a source's own
 * conventions (WordPress's paging headers), through `send` and `json` directly.
 */
export interface Http {
  /** GET `url`: the answer once its headers are in, or a ContentError (404, any non-2xx but 304 and `ownStatus`). */
  send(url: string, options?: GetOptions, init?: SendInit): Promise<Exchange>;
  /** The body as JSON, under the same deadline as the headers: a body that stalls is a timeout, never a hang. */
  json(exchange: Exchange): Promise<unknown>;
}

function parseMaxAge(value: string | null): number | undefined {
  const match = /(?:^|,)\s*max-age\s*=\s*"?(\d+)"?/i.exec(value ?? '');
  return match ? Number(match[1]) : undefined;
}

/** Settles as `work` does, or rejects with the signal's reason once it aborts (a stalled body or early request). */
export function within<T>(work: Promise<T>, signal: AbortSignal): Promise<T> {
  if (signal.aborted) return Promise.reject(signal.reason);
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(signal.reason);
    signal.addEventListener('abort', onAbort, { once: true });
    work.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
  });
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

export function createHttp(transport: Transport): Http {
  let early = transport.early ?? null;
  const takeEarly = (url: string): EarlyRequest | null => {
    if (!early || early.url !== url) return null;
    const taken = early;
    early = null;
    return taken;
  };

  /** A failure before any answer: the caller's cancellation passes through, anything else is a ContentError. */
  function failed(url: string, cause: unknown, deadline: AbortSignal, caller: AbortSignal | undefined): never {
    if (caller?.aborted) throw cause;
    transport.observe('unreachable');
    if (deadline.aborted) throw new ContentError('timeout', url, { cause });
    if (typeof navigator !== 'undefined' && navigator.onLine === false) throw new ContentError('offline', url, { cause });
    throw new ContentError('network', url, { cause });
  }

  async function send(url: string, options: GetOptions = {}, init: SendInit = {}): Promise<Exchange> {
    const deadline = AbortSignal.timeout(options.timeoutMs ?? DEFAULT_TIMEOUT_MS);
    const caller = options.signal;
    const signal = caller ? AbortSignal.any([caller, deadline]) : deadline;
    let response: Response | undefined;
    try {
      const taken = init.takeEarly ? takeEarly(url) : null;
      if (taken) {
        signal.addEventListener('abort', () => taken.abort(), { once: true });
        // A failed early request is sent again as the app's own.
        response = await within(
          taken.response.catch(() => undefined),
          signal,
        );
      }
      response ??= await transport.fetch(url, { signal, headers: { accept: 'application/json', ...init.headers }, cache: init.cache });
    } catch (cause) {
      failed(url, cause, deadline, caller);
    }
    const outcome = outcomeOf(response);
    transport.observe(outcome);
    // A 404 from a copy on the device says only that the device lacks it, not that the service does.
    if (response.status === 404) throw new ContentError(outcome === 'from-cache' ? 'not-on-device' : 'not-found', url, { status: 404 });
    if (!response.ok && response.status !== 304 && response.status !== init.ownStatus) {
      throw new ContentError('http', url, {
        status: response.status,
        retryAfter: parseRetryAfter(response.headers.get('retry-after')),
        detail: `HTTP ${response.status}`,
      });
    }
    return { url, response, signal, deadline, caller };
  }

  /** The body as JSON, under the same deadline as the headers: a body that stalls is a timeout, never a hang. */
  async function readBody({ url, response, signal, deadline, caller }: Exchange): Promise<unknown> {
    let text: string;
    try {
      text = await within(response.text(), signal);
    } catch (cause) {
      failed(url, cause, deadline, caller);
    }
    try {
      return JSON.parse(text) as unknown;
    } catch (cause) {
      throw new ContentError('invalid-json', url, { cause });
    }
  }

  return { send, json: readBody };
}

/** GET a JSON resource and parse it with `schema`; every failure becomes a ContentError. */
export async function getJson<S extends v.GenericSchema>(http: Http, url: string, schema: S, options: GetOptions = {}): Promise<v.InferOutput<S>> {
  return parseContent(schema, await http.json(await http.send(url, options, { takeEarly: true })), url);
}

/** GET with `If-None-Match` past the HTTP cache: 304 is `unchanged`, else the parsed resource and its ETag. */
export async function getJsonIfChanged<S extends v.GenericSchema>(
  http: Http,
  url: string,
  schema: S,
  etag: string | null,
  options: GetOptions = {},
): Promise<Conditional<v.InferOutput<S>>> {
  const exchange = await http.send(url, options, { headers: etag ? { 'if-none-match': etag } : {}, cache: 'no-store' });
  const maxAge = parseMaxAge(exchange.response.headers.get('cache-control'));
  if (exchange.response.status === 304) return { status: 'unchanged', maxAge };
  return { status: 'changed', data: parseContent(schema, await http.json(exchange), url), etag: exchange.response.headers.get('etag'), maxAge };
}
