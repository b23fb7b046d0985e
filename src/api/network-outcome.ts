// What each content request showed about the network; the request path (src/api/http.ts) tells its transport's
// `observe`, which the boot wires to the one place that tracks connectivity (src/pwa/store.ts).
/**
 * - `reached`: an answer came over the network (any HTTP status, including the demo worker's mock API when the
 *   network is up);
 * - `unreachable`: the request failed at the network level or timed out;
 * - `from-cache`: the service worker could only answer from a copy on the device (FROM_CACHE_HEADER).
 */
export type NetworkOutcome = 'reached' | 'unreachable' | 'from-cache';

/** Set by the service worker (src/sw) on every API answer that came from a cache instead of the network. */
export const FROM_CACHE_HEADER = 'x-lede-from-cache';

/** What a response that arrived says about the network. */
export function outcomeOf(response: Response): NetworkOutcome {
  return response.headers.get(FROM_CACHE_HEADER) === '1' ? 'from-cache' : 'reached';
}
