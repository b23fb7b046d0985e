import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
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
  it('has LiveBlogPosting JSON-LD beside NewsArticle, listing exactly the posts on the page', async () => {
    pinLiveClock(0);
    renderRoute('/story/storm-surge-flood-watch');
    const posts = await screen.findByRole('region', { name: 'Latest posts' });
    await waitFor(() => expect(jsonLd('live-blog-jsonld')).not.toBeNull());
    expect(jsonLd('news-article-jsonld')?.['@type']).toBe('NewsArticle');
    const blog = jsonLd('live-blog-jsonld')!;
    expect(blog['@type']).toBe('LiveBlogPosting');
    expect(blog.coverageStartTime).toBe('2026-11-20T11:00:00Z');
    expect(blog.coverageEndTime).toBeUndefined();
    const shown = within(posts)
      .getAllByRole('article')
      .map((post) => `#${post.id}`);
    expect(blog.liveBlogUpdate.map((update) => new URL(update.url).hash)).toEqual(shown);
    expect(blog.dateModified).toBe(blog.liveBlogUpdate[0]?.datePublished);
  });

  it('gives ended coverage its end time', async () => {
    pinLiveClock(0);
    renderRoute('/story/council-election-count');
    await screen.findByRole('region', { name: 'Latest posts' });
    await waitFor(() => expect(jsonLd('live-blog-jsonld')?.coverageEndTime).toMatch(/^2026-/));
  });
});
