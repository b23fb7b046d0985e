import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { delay, http, HttpResponse } from 'msw';
import { describe, expect, it, vi } from 'vitest';
import { server } from '../../../mocks/node';
import { fixtureStory, SHOWCASE_SLUG } from '../../test/fixtures';
import { TestIntersectionObserver } from '../../test/intersection-observer';
import { renderRoute } from '../../test/render';

const story = fixtureStory(SHOWCASE_SLUG);

describe('story page', () => {
  it('renders the story with hot topics, update banners and both sidebar lists', async () => {
    renderRoute(`/story/${SHOWCASE_SLUG}`);
    expect(await screen.findByRole('heading', { level: 1, name: story.headline })).toBeInTheDocument();
    expect(await screen.findByRole('navigation', { name: 'Hot topics' })).toBeInTheDocument();
    expect(screen.getAllByRole('note').length).toBe(story.updates.length);
    // The sidebar's skeleton is replaced by the lists once both have come.
    const sidebar = await waitFor(() => {
      const shown = screen.getByRole('complementary', { name: 'More stories' });
      expect(shown).not.toHaveAttribute('aria-busy', 'true');
      return shown;
    });
    const similar = await within(sidebar).findByRole('region', { name: 'Similar' });
    expect(within(similar).getAllByRole('article').length).toBeGreaterThan(0);
    const popular = await within(sidebar).findByRole('region', { name: "This week's most popular" });
    expect(within(popular).getAllByRole('listitem').length).toBeGreaterThanOrEqual(5);
    await waitFor(() => expect(document.title).toBe(`${story.headline} · Lede`));
  });

  it('follows its links inside the app: a topic tag opens the topic page through the router, without a page load', async () => {
    const { router } = renderRoute(`/story/${SHOWCASE_SLUG}`);
    const topic = story.topics[0];
    if (!topic) throw new Error('the showcase story has no topics');
    const tag = (await screen.findAllByRole('link', { name: topic.name })).find((link) => link.getAttribute('href') === `/topic/${topic.slug}`);
    if (!tag) throw new Error(`no link to /topic/${topic.slug}`);
    await userEvent.click(tag);
    await waitFor(() => expect(router.state.location.pathname).toBe(`/topic/${topic.slug}`));
    expect(await screen.findByRole('heading', { level: 1, name: topic.name })).toBeInTheDocument();
  });

  it('still shows the story when the sidebar fails, and the sidebar recovers with a retry', async () => {
    let fail = true;
    server.use(
      http.get('*/api/stories/:slug/similar', () => (fail ? new HttpResponse('oops', { status: 500 }) : undefined)),
      http.get('*/api/popular', () => (fail ? HttpResponse.text('{not json', { headers: { 'content-type': 'application/json' } }) : undefined)),
    );
    renderRoute(`/story/${SHOWCASE_SLUG}`);
    expect(await screen.findByRole('heading', { level: 1, name: story.headline })).toBeInTheDocument();
    const similar = await screen.findByRole('region', { name: 'Similar' });
    expect(await within(similar).findByText(/Similar could not be loaded\. The news service had a problem\./)).toBeInTheDocument();
    const popular = screen.getByRole('region', { name: "This week's most popular" });
    expect(await within(popular).findByText(/could not be loaded\. The news service sent something we could not read\./)).toBeInTheDocument();
    // The story body is intact while the sidebar is broken.
    expect(screen.getByRole('heading', { level: 1, name: story.headline })).toBeInTheDocument();
    expect(screen.getAllByRole('note')).toHaveLength(story.updates.length);

    fail = false;
    await userEvent.click(within(similar).getByRole('button', { name: 'Try again' }));
    expect((await within(similar).findAllByRole('article')).length).toBeGreaterThan(0);
    await userEvent.click(within(popular).getByRole('button', { name: 'Try again' }));
    expect((await within(popular).findAllByRole('listitem')).length).toBeGreaterThan(0);
  });

  it('does not wait for a slow sidebar before showing the story', async () => {
    server.use(
      http.get('*/api/popular', async () => {
        await delay(60_000);
        return HttpResponse.json({ items: [] });
      }),
    );
    renderRoute(`/story/${SHOWCASE_SLUG}`);
    expect(await screen.findByRole('heading', { level: 1, name: story.headline })).toBeInTheDocument();
    // Both lists wait for each other (no list pushes another down beside the story); the sidebar says it is busy.
    const sidebar = await screen.findByRole('complementary', { name: 'More stories' });
    expect(sidebar).toHaveAttribute('aria-busy', 'true');
    expect(screen.queryByRole('region', { name: 'Similar' })).toBeNull();
  });

  it("starts the sidebar's requests only when the sidebar comes near the screen", async () => {
    /** Observers the test drives: each reports an intersection only when told to. */
    const observed: TestIntersectionObserver[] = [];
    class NearObserver extends TestIntersectionObserver {
      constructor(callback: IntersectionObserverCallback, options?: IntersectionObserverInit) {
        super(callback, options);
        observed.push(this);
      }
    }
    vi.stubGlobal('IntersectionObserver', NearObserver);
    const requested: string[] = [];
    const record = ({ request }: { request: Request }) => void requested.push(new URL(request.url).pathname);
    server.events.on('request:start', record);
    try {
      renderRoute(`/story/${SHOWCASE_SLUG}`);
      expect(await screen.findByRole('heading', { level: 1, name: story.headline })).toBeInTheDocument();
      const sidebar = await screen.findByRole('complementary', { name: 'More stories' });
      const watching = await waitFor(() => {
        const observer = observed.find(({ observing }) => observing.has(sidebar));
        if (!observer) throw new Error('the sidebar is not observed');
        return observer;
      });
      expect(watching.rootMargin).toBe('100% 0px');
      // The page has loaded (hot topics came), and the sidebar has asked for nothing yet.
      expect(await screen.findByRole('navigation', { name: 'Hot topics' })).toBeInTheDocument();
      expect(requested.filter((path) => path.endsWith('/similar') || path.endsWith('/popular'))).toEqual([]);
      expect(sidebar).toHaveAttribute('aria-busy', 'true');

      act(() => watching.report(sidebar));
      expect(await screen.findByRole('region', { name: 'Similar' })).toBeInTheDocument();
      expect(requested).toEqual(expect.arrayContaining([`/api/stories/${SHOWCASE_SLUG}/similar`, '/api/popular']));
    } finally {
      server.events.removeListener('request:start', record);
      vi.unstubAllGlobals();
    }
  });

  it('shows "story not found" with links onward for an unknown story', async () => {
    renderRoute('/story/no-such-story-here');
    expect(await screen.findByRole('heading', { level: 1, name: 'Story not found' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Go to the front page' })).toHaveAttribute('href', '/');
  });

  it('explains a broken story response with a retry instead of an error dump', async () => {
    server.use(http.get('*/api/stories/:slug', () => HttpResponse.json({ headline: 42 })));
    renderRoute(`/story/${SHOWCASE_SLUG}`);
    expect(await screen.findByRole('heading', { level: 1, name: 'This page could not be loaded' })).toBeInTheDocument();
    expect(screen.getByText(/in a form we do not understand/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Try again' })).toBeInTheDocument();
  });
});
