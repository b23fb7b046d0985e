// The demo worker's view of the network: its API lives on the device, so whether an answer "came over the network"
// is whether the site the demo came from answers at all, asked once for all the requests made meanwhile.
import { markedFromCache } from '../sw/from-cache';

/** How long the probe may take before the network counts as unreliable (the HTTP-API build's worker waits 4 s for a story). */
export const PROBE_TIMEOUT_MS = 1500;

/** A probe of `url` (any HTTP status counts as reachable, a failure or a stall past `timeoutMs` as not); concurrent callers share one. */
export function siteProbe(
  fetchSite: (url: string, init: RequestInit) => Promise<Response>,
  url: string,
  timeoutMs = PROBE_TIMEOUT_MS,
): () => Promise<boolean> {
  let probe: Promise<boolean> | undefined;
  return () =>
    (probe ??= fetchSite(url, { method: 'HEAD', cache: 'no-store', signal: AbortSignal.timeout(timeoutMs) })
      .then(
        () => true,
        () => false,
      )
      .finally(() => {
        probe = undefined;
      }));
}

/** The mock API's answer as the page gets it: a 404 for an unknown endpoint, marked as from a cache when the site is unreachable. */
export function demoAnswer(response: Response | undefined, reachable: boolean): Response {
  const answer = response ?? Response.json({ error: 'not_found', message: 'No such endpoint in the demo API' }, { status: 404 });
  return reachable || answer.type === 'error' ? answer : markedFromCache(answer);
}
