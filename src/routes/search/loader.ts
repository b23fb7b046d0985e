// Search loader: starts the first page of results for ?q= while the page's code loads.
import type { LoaderFunctionArgs } from 'react-router';
import { queryClientContext } from '../../queries/router-context';
import { searchQuery } from '../../queries/search';

export function searchTerm(params: URLSearchParams): string {
  return (params.get('q') ?? '').trim();
}

export function searchLoader({ request, context }: LoaderFunctionArgs) {
  const query = searchTerm(new URL(request.url).searchParams);
  if (query)
    context
      .get(queryClientContext)
      .infiniteQuery(searchQuery(query))
      .catch(() => undefined);
  return null;
}
