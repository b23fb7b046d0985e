import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { LIVE_UPDATES_LISTED } from '../../../model/page-json-ld';
import { pinLiveClock } from '../../../test/live-clock';
import { renderRoute } from '../../../test/render';

interface LiveBlog {
  '@type': string;
  coverageStartTime: string;
  coverageEndTime?: string;
  dateModified: string;
  liveBlogUpdate: Array<{ url: string; datePublished: string; headline?: string }>;
}

const jsonLd = (testId: string) => JSON.parse(document.querySelector(`[data-testid="${testId}"]`)?.textContent ?? 'null') as LiveBlog | null;

describe('live page metadata', () => {
  it('has LiveBlogPosting JSON-LD beside NewsArticle, listing the newest posts on the page (a few)', async () => {
    pinLiveClock(0);
    renderRoute('/story/storm-surge-flood-watch');
    const posts = await screen.findByRole('region', { name: 'Latest posts' });
    await waitFor(() => expect(jsonLd('live-blog-posting-jsonld')).not.toBeNull());
    expect(jsonLd('news-article-jsonld')?.['@type']).toBe('NewsArticle');
    const blog = jsonLd('live-blog-posting-jsonld')!;
    expect(blog['@type']).toBe('LiveBlogPosting');
    expect(blog.coverageStartTime).toBe('2026-11-20T11:00:00Z');
    expect(blog.coverageEndTime).toBeUndefined();
    const shown = within(posts)
      .getAllByRole('article')
      .map((post) => `#${post.id}`);
    expect(shown.length).toBeGreaterThan(LIVE_UPDATES_LISTED);
    expect(blog.liveBlogUpdate.map((update) => new URL(update.url).hash)).toEqual(shown.slice(0, LIVE_UPDATES_LISTED));
    expect(blog.dateModified).toBe(blog.liveBlogUpdate[0]?.datePublished);
  });

  it('gives ended coverage its end time', async () => {
    pinLiveClock(0);
    renderRoute('/story/council-election-count');
    await screen.findByRole('region', { name: 'Latest posts' });
    await waitFor(() => expect(jsonLd('live-blog-posting-jsonld')?.coverageEndTime).toMatch(/^2026-/));
  });
});
