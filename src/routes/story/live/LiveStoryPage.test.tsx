import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { pinLiveClock } from '../../../test/live-clock';
import { renderRoute } from '../../../test/render';

const STORM = 'storm-surge-flood-watch';
const ENDED = 'council-election-count';

/** What a tab coming back into view does: the poller checks at once instead of waiting for its timer. */
function returnToTab() {
  act(() => {
    document.dispatchEvent(new Event('visibilitychange'));
  });
}

const postIds = () =>
  within(screen.getByRole('region', { name: 'Latest posts' }))
    .getAllByRole('article')
    .map((post) => post.id);

describe('live story page', () => {
  afterEach(() => {
    window.scrollY = 0;
  });

  it('shows the LIVE status, key points, key events linking to posts, the pinned post and the posts newest first', async () => {
    pinLiveClock(0);
    renderRoute(`/story/${STORM}`);
    expect(await screen.findByRole('region', { name: 'Latest posts' })).toBeInTheDocument();
    expect(screen.getByText('Live')).toBeInTheDocument();
    expect(screen.getByText(/Last updated/)).toHaveTextContent('Last updated 11/20/26 at 2:58 p.m. ET');
    expect(within(screen.getByRole('region', { name: 'Key points' })).getAllByRole('listitem')).toHaveLength(4);
    const events = within(screen.getByRole('navigation', { name: 'Key events' })).getAllByRole('link');
    expect(events.length).toBeGreaterThan(0);
    for (const link of events) expect(document.getElementById(link.getAttribute('href')!.slice(1))).not.toBeNull();
    expect(within(screen.getByRole('region', { name: 'Pinned post' })).getByRole('article').id).toBe('pinned-post-surge-002');
    const ids = postIds();
    expect(ids[0]).toBe('post-surge-018');
    expect(ids).toHaveLength(18);
    const first = screen.getAllByRole('article').find((post) => post.id === 'post-surge-018')!;
    expect(within(first).getByRole('link', { name: /11\/20\/26 at 2:58 p\.m\. ET/ })).toHaveAttribute('href', '#post-surge-018');
    expect(await screen.findByRole('complementary', { name: 'More stories' })).toBeInTheDocument();
    await waitFor(() => expect(document.title).toBe(`${screen.getByRole('heading', { level: 1 }).textContent} · Lede`));
  });

  it('holds a new post as pending (button, polite status, title count) and inserts it only when asked', async () => {
    const clock = pinLiveClock(0);
    renderRoute(`/story/${STORM}`);
    await screen.findByRole('region', { name: 'Latest posts' });
    // The whole page is there, the deferred part (sidebar) too, before the tab comes back.
    await screen.findByRole('complementary', { name: 'More stories' });
    // The reader has scrolled down: new posts must wait.
    window.scrollY = 800;
    clock.minute = 2;
    returnToTab();
    const button = await screen.findByRole('button', { name: 'Show 1 new post' });
    expect(screen.getAllByRole('status').some((status) => status.textContent?.startsWith('1 new post.'))).toBe(true);
    expect(document.title).toMatch(/^\(1\) Storm Ilse live/);
    expect(postIds()[0]).toBe('post-surge-018');
    expect(clock.calls.at(-1)?.url.searchParams.get('after')).toBe('surge-018');

    await userEvent.click(button);
    expect(postIds()[0]).toBe('post-surge-019');
    expect(postIds()).toHaveLength(19);
    expect(screen.queryByRole('button', { name: /new post/ })).toBeNull();
    await waitFor(() => expect(document.title).not.toMatch(/^\(/));
  });

  it('puts new posts straight on the page for a reader at the top', async () => {
    const clock = pinLiveClock(0);
    renderRoute(`/story/${STORM}`);
    await screen.findByRole('region', { name: 'Latest posts' });
    await screen.findByRole('complementary', { name: 'More stories' });
    clock.minute = 4;
    returnToTab();
    await waitFor(() => expect(postIds()[0]).toBe('post-surge-020'));
    expect(screen.queryByRole('button', { name: /new post/ })).toBeNull();
  });

  it('an empty poll (304) commits nothing at all', async () => {
    const clock = pinLiveClock(0);
    let commits = 0;
    renderRoute(`/story/${STORM}`, { onCommit: () => void (commits += 1) });
    await screen.findByRole('region', { name: 'Latest posts' });
    await screen.findByRole('complementary', { name: 'More stories' });
    await screen.findAllByRole('region', { name: 'Similar' });
    // Let the page settle (sidebar, hot topics), then poll once.
    await new Promise((resolve) => setTimeout(resolve, 300));
    const before = commits;
    const polls = clock.calls.length;
    returnToTab();
    await waitFor(() => expect(clock.calls.length).toBe(polls + 1));
    expect(clock.calls.at(-1)?.status).toBe(304);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(commits).toBe(before);
  });

  it('marks the posts published since the last visit', async () => {
    const clock = pinLiveClock(0);
    const first = renderRoute(`/story/${STORM}`);
    await screen.findByRole('region', { name: 'Latest posts' });
    first.unmount();
    clock.minute = 4;
    renderRoute(`/story/${STORM}`);
    await screen.findByRole('region', { name: 'Latest posts' });
    const marked = screen.getAllByText('New since your last visit').map((label) => label.closest('article')?.id);
    expect(marked).toEqual(['post-surge-020', 'post-surge-019']);
  });

  it('says an ended coverage has ended, with its end time, and never polls', async () => {
    const clock = pinLiveClock(0);
    renderRoute(`/story/${ENDED}`);
    await screen.findByRole('region', { name: 'Latest posts' });
    expect(screen.getByText('Ended')).toBeInTheDocument();
    expect(screen.getByText(/Coverage ended/)).toBeInTheDocument();
    returnToTab();
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(clock.calls.filter((call) => call.url.searchParams.has('after'))).toEqual([]);
  });
});
