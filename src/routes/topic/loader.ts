// Topic page loader: the topic itself is awaited, its story list loads beside it.
import { data, type LoaderFunctionArgs } from 'react-router';
import { isNotFound } from '../../api/errors';
import { queryClientContext } from '../../queries/router-context';
import { topicQuery, topicStoriesQuery } from '../../queries/topics';

export async function topicLoader({ params, context }: LoaderFunctionArgs) {
  const queryClient = context.get(queryClientContext);
  const slug = params.slug ?? '';
  queryClient.infiniteQuery(topicStoriesQuery(slug)).catch(() => undefined);
  try {
    await queryClient.query({ ...topicQuery(slug), staleTime: 'static' });
  } catch (error) {
    if (isNotFound(error)) throw data({ what: 'topic' }, { status: 404 });
    throw error;
  }
  return null;
}
