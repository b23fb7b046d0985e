// Story route loader: starts the story and its sidebar requests at once; only the story is awaited.
import { data, type LoaderFunctionArgs } from 'react-router';
import { isNotFound } from '../../api/errors';
import { queryClientContext } from '../../app/context';
import { storyQuery, similarQuery } from '../../queries/story';
import { hotTopicsQuery } from '../../queries/topics';
import { popularQuery } from '../../queries/front';

const ignore = () => undefined;

export async function storyLoader({ params, context }: LoaderFunctionArgs) {
  const queryClient = context.get(queryClientContext);
  const slug = params.slug ?? '';
  // Sidebar and hot topics load in parallel and never hold the story back; their components show their own state.
  queryClient.query(similarQuery(slug)).catch(ignore);
  queryClient.query(popularQuery()).catch(ignore);
  queryClient.query(hotTopicsQuery()).catch(ignore);
  try {
    const story = await queryClient.query({ ...storyQuery(slug), staleTime: 'static' });
    // Live coverage: its posts start loading with the page; the live view shows the story so far if they fail.
    // Both come in with a dynamic import, so ordinary stories load none of the live coverage code.
    if (story.live) {
      import('../../queries/live').then(({ newestPostsQuery }) => queryClient.query(newestPostsQuery(slug))).catch(ignore);
      import('./live/LiveStoryPage').catch(ignore);
    }
  } catch (error) {
    if (isNotFound(error)) throw data({ what: 'story' }, { status: 404 });
    throw error;
  }
  return null;
}
