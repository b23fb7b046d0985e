import { RouterContextProvider, type LoaderFunctionArgs } from 'react-router';
import { describe, expect, it, vi } from 'vitest';
import { queryClientContext } from '../../app/context';
import { nextTask } from '../../lib/next-task';
import { storyQuery } from '../../queries/story';
import { hotTopicsQuery } from '../../queries/topics';
import { testSource } from '../../test/content';
import { createQueryClient } from '../../queries/client';
import { SHOWCASE_SLUG } from '../../test/fixtures';
import { storyLoader } from './loader';

function loaderArgs(slug: string) {
  const queryClient = createQueryClient(testSource());
  const context = new RouterContextProvider();
  context.set(queryClientContext, queryClient);
  const args = { params: { slug }, context, request: new Request(`http://localhost/story/${slug}`) } as unknown as LoaderFunctionArgs;
  return { queryClient, args };
}

describe('storyLoader', () => {
  it('starts the story at once and the hot topics in the next task, and waits only for the story', async () => {
    const { queryClient, args } = loaderArgs(SHOWCASE_SLUG);
    const query = vi.spyOn(queryClient, 'query');
    const loaded = storyLoader(args);
    expect(query).toHaveBeenCalledTimes(1);
    expect(query.mock.calls[0]?.[0].queryKey).toEqual(storyQuery(SHOWCASE_SLUG).queryKey);
    await nextTask();
    expect(query.mock.calls.map(([options]) => options.queryKey)).toEqual([storyQuery(SHOWCASE_SLUG).queryKey, hotTopicsQuery().queryKey]);
    await expect(loaded).resolves.toBeNull();
    expect(queryClient.getQueryData(storyQuery(SHOWCASE_SLUG).queryKey)).toMatchObject({ slug: SHOWCASE_SLUG });
  });

  it('turns an unknown story into a 404 for the route error boundary', async () => {
    const { args } = loaderArgs('no-such-story');
    await expect(storyLoader(args)).rejects.toMatchObject({ init: { status: 404 } });
  });
});
