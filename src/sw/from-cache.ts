// The mark on an API answer that came from a copy on the device rather than the network (src/api/network-outcome.ts).
import { FROM_CACHE_HEADER } from '../api/network-outcome';

/** The same response, marked as answered from a cache. The API may be cross-origin, where the page reads only the headers a response exposes. */
export function markedFromCache(response: Response): Response {
  const headers = new Headers(response.headers);
  headers.set(FROM_CACHE_HEADER, '1');
  const exposed = headers.get('access-control-expose-headers');
  headers.set('access-control-expose-headers', exposed ? `${exposed}, ${FROM_CACHE_HEADER}` : FROM_CACHE_HEADER);
  return new Response(response.body, { status: response.status, statusText: response.statusText, headers });
}
