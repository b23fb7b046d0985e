// Archive loader: starts the first page (or returns the cached pages on back/forward) without holding the page back.
import type { LoaderFunctionArgs } from 'react-router';
import { queryClientContext } from '../../queries/router-context';
import { archiveQuery } from '../../queries/archive';

/** `?before=YYYY-MM-DD` when it is a real date, else null (the newest stories). */
export function archiveStartDay(params: URLSearchParams): string | null {
  const before = params.get('before');
  return before && /^\d{4}-\d{2}-\d{2}$/.test(before) && !Number.isNaN(Date.parse(before)) ? before : null;
}

export function archiveLoader({ request, context }: LoaderFunctionArgs) {
  const queryClient = context.get(queryClientContext);
  // The page shows its own loading and retry states, so the loader only starts the request.
  queryClient.infiniteQuery(archiveQuery(archiveStartDay(new URL(request.url).searchParams))).catch(() => undefined);
  return null;
}
