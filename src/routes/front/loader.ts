// Front page loader: the front-page payload carries the top stories and the hot topics.
import type { LoaderFunctionArgs } from 'react-router';
import { queryClientContext } from '../../queries/router-context';
import { frontPageQuery, popularQuery } from '../../queries/front';

export async function frontLoader({ context }: LoaderFunctionArgs) {
  const queryClient = context.get(queryClientContext);
  queryClient.query(popularQuery()).catch(() => undefined);
  await queryClient.query({ ...frontPageQuery(), staleTime: 'static' });
  return null;
}
