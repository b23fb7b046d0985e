import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderWithRouter } from '../test/render';
import { HotTopics } from './HotTopics';

const topics = [
  { slug: 'city', name: 'City' },
  { slug: 'climate', name: 'Climate' },
];

describe('HotTopics', () => {
  it('links each topic to its page', () => {
    renderWithRouter(<HotTopics topics={topics} />);
    expect(screen.getByRole('link', { name: 'City' })).toHaveAttribute('href', '/topic/city');
  });

  it('stays dismissed once closed, until the hot topics change', async () => {
    const { unmount } = renderWithRouter(<HotTopics topics={topics} />);
    await userEvent.click(screen.getByRole('button', { name: 'Hide hot topics' }));
    expect(screen.queryByRole('navigation', { name: 'Hot topics' })).not.toBeInTheDocument();
    unmount();

    const again = renderWithRouter(<HotTopics topics={topics} />);
    expect(screen.queryByRole('navigation', { name: 'Hot topics' })).not.toBeInTheDocument();
    again.unmount();

    renderWithRouter(<HotTopics topics={[...topics, { slug: 'sport', name: 'Sport' }]} />);
    expect(screen.getByRole('navigation', { name: 'Hot topics' })).toBeInTheDocument();
  });
});
