import { RouterContextProvider, type LoaderFunctionArgs } from 'react-router';
import { describe, expect, it, vi } from 'vitest';
import { queryClientContext } from '../../queries/router-context';
import { nextTask } from '../../lib/next-task';
import { readVersionQuery } from '../../queries/read-version';
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
  it('starts the story and the version last read at once and the hot topics in the next task, and waits only for the first two', async () => {
    const { queryClient, args } = loaderArgs(SHOWCASE_SLUG);
    const query = vi.spyOn(queryClient, 'query');
    const loaded = storyLoader(args);
    const atOnce = [storyQuery(SHOWCASE_SLUG).queryKey, readVersionQuery(SHOWCASE_SLUG).queryKey];
    expect(query.mock.calls.map(([options]) => options.queryKey)).toEqual(atOnce);
    await nextTask();
    expect(query.mock.calls.map(([options]) => options.queryKey)).toEqual([...atOnce, hotTopicsQuery().queryKey]);
    await expect(loaded).resolves.toBeNull();
    expect(queryClient.getQueryData(storyQuery(SHOWCASE_SLUG).queryKey)).toMatchObject({ slug: SHOWCASE_SLUG });
    // Never read on this device: the page shows no changes.
    expect(queryClient.getQueryState(readVersionQuery(SHOWCASE_SLUG).queryKey)).toMatchObject({ status: 'success', data: null });
  });

  it('turns an unknown story into a 404 for the route error boundary', async () => {
    const { args } = loaderArgs('no-such-story');
    await expect(storyLoader(args)).rejects.toMatchObject({ init: { status: 404 } });
  });
});
