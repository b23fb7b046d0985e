// "Show N new posts" does, before the frame that answers the tap, only what that frame shows (issue 23's interaction
// bench): what it draws, where focus goes before the button is removed, and which writes wait for the frame.
import { act, fireEvent, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ComponentProps } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { pinLiveClock } from '../../../test/live-clock';
import { renderRoute } from '../../../test/render';

const STORM = 'storm-surge-flood-watch';

/** How often the page's parts that new posts do not change were drawn. */
const drawn = vi.hoisted(() => ({ sidebar: 0, hotTopics: 0, header: 0, metaTags: 0 }));

vi.mock('../StorySidebar', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../StorySidebar')>();
  return {
    ...actual,
    StorySidebar: (props: ComponentProps<typeof actual.StorySidebar>) => {
      drawn.sidebar += 1;
      return <actual.StorySidebar {...props} />;
    },
  };
});
vi.mock('../HotTopicsBar', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../HotTopicsBar')>();
  return {
    ...actual,
    HotTopicsBar: () => {
      drawn.hotTopics += 1;
      return <actual.HotTopicsBar />;
    },
  };
});
vi.mock('../../../components/StoryHeader', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../../components/StoryHeader')>();
  return {
    ...actual,
    StoryHeader: (props: ComponentProps<typeof actual.StoryHeader>) => {
      drawn.header += 1;
      return <actual.StoryHeader {...props} />;
    },
  };
});
vi.mock('../../../components/PageMetaTags', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../../components/PageMetaTags')>();
  return {
    ...actual,
    PageMetaTags: (props: ComponentProps<typeof actual.PageMetaTags>) => {
      drawn.metaTags += 1;
      return <actual.PageMetaTags {...props} />;
    },
  };
});

const LAST_SEEN_KEY = 'lede:live-last-seen';
const lastSeenId = () => (JSON.parse(localStorage.getItem(LAST_SEEN_KEY) ?? '{}') as Record<string, { id: string }>)[STORM]?.id;
const liveBlogUpdates = () => document.querySelector('[data-testid="live-blog-posting-jsonld"]')?.textContent ?? '';

/** The page with its deferred parts drawn, the reader further down, and one post pending behind the button. */
async function onePostPending(onCommit?: () => void) {
  const clock = pinLiveClock(0);
  renderRoute(`/story/${STORM}`, onCommit ? { onCommit } : {});
  await screen.findByRole('region', { name: 'Latest posts' });
  await screen.findByRole('complementary', { name: 'More stories' });
  await waitFor(() => expect(liveBlogUpdates()).toContain('post-surge-018'));
  window.scrollY = 800;
  clock.minute = 2;
  act(() => {
    document.dispatchEvent(new Event('visibilitychange'));
  });
  return screen.findByRole('button', { name: 'Show 1 new post' });
}

describe('Show N new posts', () => {
  afterEach(() => {
    window.scrollY = 0;
  });

  it('draws the new post without drawing again the hot topics, the sidebar or the story header; the metadata follows in a later commit', async () => {
    const commits: Array<typeof drawn & { postShown: boolean }> = [];
    const button = await onePostPending(() => commits.push({ ...drawn, postShown: document.getElementById('post-surge-019') !== null }));
    const before = { ...drawn };
    const from = commits.length;
    act(() => {
      fireEvent.click(button);
    });
    await waitFor(() => expect(liveBlogUpdates()).toContain('post-surge-019'));
    const showing = commits.slice(from).find((commit) => commit.postShown);
    expect(showing).toBeDefined();
    expect({ sidebar: showing!.sidebar, hotTopics: showing!.hotTopics, header: showing!.header, metaTags: showing!.metaTags }).toEqual({
      sidebar: before.sidebar,
      hotTopics: before.hotTopics,
      header: before.header,
      metaTags: before.metaTags,
    });
    expect(drawn.metaTags).toBeGreaterThan(before.metaTags);
  });

  it('moves focus to the posts heading before the button is removed', async () => {
    const button = await onePostPending();
    let connectedWhenLeft: boolean | null = null;
    button.addEventListener('blur', () => {
      connectedWhenLeft = button.isConnected;
    });
    await userEvent.click(button);
    expect(document.getElementById('post-surge-019')).not.toBeNull();
    await waitFor(() => expect(screen.getByRole('heading', { level: 2, name: 'Latest posts' })).toHaveFocus());
    expect(connectedWhenLeft).toBe(true);
  });

  it('writes the newest post seen to storage after the frame that shows it, not in the tap', async () => {
    const button = await onePostPending();
    await waitFor(() => expect(lastSeenId()).toBe('surge-018'));
    act(() => {
      fireEvent.click(button);
    });
    expect(document.getElementById('post-surge-019')).not.toBeNull();
    expect(lastSeenId()).toBe('surge-018');
    await waitFor(() => expect(lastSeenId()).toBe('surge-019'));
  });
});
