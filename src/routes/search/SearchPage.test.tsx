import { screen, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { server } from '../../../mocks/node';
import { renderRoute } from '../../test/render';

describe('search page', () => {
  it('without a query, explains what to do and asks the API nothing', async () => {
    let asked = false;
    server.use(
      http.get('*/api/search', () => {
        asked = true;
        return undefined;
      }),
    );
    renderRoute('/search');
    expect(await screen.findByText(/Type a word or two to find stories/)).toBeInTheDocument();
    expect(screen.getByRole('search')).toBeInTheDocument();
    expect(asked).toBe(false);
  });

  it('finds stories by words in the body too, with every word marked, and keeps the query in the search box', async () => {
    renderRoute('/search?q=Ropewalk%20BRIDGE');
    const results = await screen.findByRole('region', { name: 'Results for “Ropewalk BRIDGE”' });
    const cards = await within(results).findAllByRole('article');
    expect(cards.length).toBeGreaterThan(0);
    const marked = [...results.querySelectorAll('mark')].map((mark) => mark.textContent?.toLowerCase());
    expect(marked).toContain('ropewalk');
    expect(marked).toContain('bridge');
    expect(screen.getByRole('searchbox', { name: 'Search stories' })).toHaveValue('Ropewalk BRIDGE');
  });

  it('says when nothing matches', async () => {
    renderRoute('/search?q=xylophone%20harbour');
    expect(await screen.findByText(/No stories match “xylophone harbour”/)).toBeInTheDocument();
  });

  it('shows a hostile query and result as text', async () => {
    server.use(
      http.get('*/api/search', () =>
        HttpResponse.json({
          items: [
            {
              slug: 'hostile',
              headline: 'About <script>alert(1)</script> tags',
              standfirst: 'An <img src=x onerror=alert(2)> in the standfirst',
              publishedAt: '2024-05-01T10:00:00Z',
              topic: { slug: 'city', name: 'City' },
            },
          ],
          nextCursor: null,
        }),
      ),
    );
    renderRoute('/search?q=%3Cscript%3E%20%3Cimg');
    const results = await screen.findByRole('region', { name: 'Results for “<script> <img”' });
    await within(results).findByRole('article');
    expect(results.querySelector('script, img')).toBeNull();
    expect([...results.querySelectorAll('mark')].map((mark) => mark.textContent)).toEqual(['<script>', '<img']);
    expect(within(results).getByRole('link')).toHaveTextContent('About <script>alert(1)</script> tags');
  });
});
