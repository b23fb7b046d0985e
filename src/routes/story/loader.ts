// Story route loader: starts the story, then the hot topics in the next task; only the story (and the version read last
// time) is awaited. The sidebar starts its own requests when it comes near the screen (StorySidebar). For a story
// that changed since the reader last read it, the loader returns the changes and the code that shows them.
import { data, type LoaderFunctionArgs } from 'react-router';
import { isNotFound } from '../../api/errors';
import { queryClientContext } from '../../queries/router-context';
import { nextTask } from '../../lib/next-task';
import { readVersionQuery } from '../../queries/read-version';
import { storyQuery } from '../../queries/story';
import { hotTopicsQuery } from '../../queries/topics';

const ignore = () => undefined;

export async function storyLoader({ params, context }: LoaderFunctionArgs) {
  const queryClient = context.get(queryClientContext);
  const slug = params.slug ?? '';
  const storyRequest = queryClient.query(storyQuery(slug));
  // The version read last time loads beside the story, so the page marks what changed since from its first render.
  const lastRead = queryClient.query(readVersionQuery(slug)).catch(ignore);
  // The hot topics load in parallel and never hold the story back; their bar shows its own state. Their request
  // starts in a task of its own: starting a request costs the main thread up to a few milliseconds while a page loads
  // on a slow phone, and the task that starts the story is the boot's longest.
  void nextTask().then(() => queryClient.query(hotTopicsQuery()).catch(ignore));
  try {
    const story = await storyRequest;
    // Live coverage: its posts start loading with the page; the live view shows the story so far if they fail.
    // Both come in with a dynamic import, so ordinary stories load none of the live coverage code.
    if (story.live) {
      import('../../queries/live').then(({ newestPostsQuery }) => queryClient.query(newestPostsQuery(slug))).catch(ignore);
      import('./live/LiveStoryPage').catch(ignore);
    }
    // A story read here before: what changed since, with the code that shows it (asked for only now).
    const previous = await lastRead;
    if (previous && !story.live) {
      // (Offline before that code was ever cached, the story shows without the marks.)
      const sinceLastRead = await import('./since-last-read').catch(ignore);
      const changes = sinceLastRead?.changesSinceLastRead(story, previous);
      if (sinceLastRead && changes) return { changes, sinceLastRead };
    }
  } catch (error) {
    if (isNotFound(error)) throw data({ what: 'story' }, { status: 404 });
    throw error;
  }
  return null;
}
