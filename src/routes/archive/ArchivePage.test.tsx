import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { delay, http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { server } from '../../../mocks/node';
import { renderRoute } from '../../test/render';

const shown = (count: number) => screen.getByText(`${count} stories shown.`);

describe('archive page', () => {
  it('shows the newest stories grouped under day headings, and loads more without losing focus', async () => {
    renderRoute('/archive');
    expect(await screen.findByRole('heading', { level: 1, name: 'News archive' })).toBeInTheDocument();
    const list = await screen.findByRole('region', { name: 'Latest stories' });
    expect((await within(list).findAllByRole('article')).length).toBeGreaterThan(0);
    expect(
      within(list)
        .getAllByRole('heading', { level: 2 })
        .some((heading) => /\d{4}$/.test(heading.textContent ?? '')),
    ).toBe(true);
    expect(shown(50)).toBeInTheDocument();

    const more = within(list).getByRole('button', { name: 'Load more stories' });
    more.focus();
    await userEvent.keyboard('{Enter}');
    expect(await screen.findByText('100 stories shown.')).toBeInTheDocument();
    expect(within(list).getByRole('button', { name: 'Load more stories' })).toHaveFocus();
  });

  it('says it is loading while the first page is on its way', async () => {
    server.use(
      http.get('*/api/archive', async () => {
        await delay(60_000);
        return HttpResponse.json({ items: [], nextCursor: null });
      }),
    );
    renderRoute('/archive');
    const list = await screen.findByRole('region', { name: 'Latest stories' });
    expect(list).toHaveAttribute('aria-busy', 'true');
  });

  it('says so when the archive is empty', async () => {
    server.use(http.get('*/api/archive', () => HttpResponse.json({ items: [], nextCursor: null })));
    renderRoute('/archive');
    expect(await screen.findByText('No stories in the archive yet.')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Load more stories' })).not.toBeInTheDocument();
  });

  it('explains a failure and recovers with "Try again"', async () => {
    let fail = true;
    server.use(http.get('*/api/archive', () => (fail ? new HttpResponse(null, { status: 500 }) : undefined)));
    renderRoute('/archive');
    const list = await screen.findByRole('region', { name: 'Latest stories' });
    expect(await within(list).findByText(/Latest stories could not be loaded\. The news service had a problem\./)).toBeInTheDocument();
    fail = false;
    await userEvent.click(within(list).getByRole('button', { name: 'Try again' }));
    expect((await within(list).findAllByRole('article')).length).toBeGreaterThan(0);
  });

  it('offers a retry when a later page fails, keeping the stories already shown', async () => {
    let failNext = true;
    server.use(
      http.get('*/api/archive', ({ request }) =>
        failNext && new URL(request.url).searchParams.has('cursor') ? new HttpResponse(null, { status: 503 }) : undefined,
      ),
    );
    renderRoute('/archive');
    const list = await screen.findByRole('region', { name: 'Latest stories' });
    await userEvent.click(await within(list).findByRole('button', { name: 'Load more stories' }));
    expect(await within(list).findByText(/More stories could not be loaded/)).toBeInTheDocument();
    expect(shown(50)).toBeInTheDocument();
    failNext = false;
    await userEvent.click(within(list).getByRole('button', { name: 'Try again' }));
    expect(await screen.findByText('100 stories shown.')).toBeInTheDocument();
  });

  it('starts at the requested day with ?before=', async () => {
    renderRoute('/archive?before=2024-05-01');
    const list = await screen.findByRole('region', { name: /^Stories before Wednesday,? 1 May 2024$/ });
    const first = (await within(list).findAllByRole('article'))[0]!;
    const when = first.querySelector('time')?.getAttribute('datetime') ?? '';
    expect(Date.parse(when)).toBeLessThan(Date.parse('2024-05-01T04:00:00Z'));
    await waitFor(() => expect(screen.getByRole('link', { name: 'Back to the newest stories' })).toHaveAttribute('href', '/archive'));
  });
});
