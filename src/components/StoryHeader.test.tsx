import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { fixtureStory, SHOWCASE_SLUG } from '../test/fixtures';
import { StoryHeader } from './StoryHeader';

describe('StoryHeader', () => {
  const story = fixtureStory(SHOWCASE_SLUG);

  it('shows the headline as the page heading, the standfirst and every author with a role', () => {
    render(<StoryHeader {...story} />);
    expect(screen.getByRole('heading', { level: 1, name: story.headline })).toBeInTheDocument();
    expect(screen.getByText(story.standfirst)).toBeInTheDocument();
    for (const author of story.byline) {
      expect(screen.getByText(author.name)).toBeInTheDocument();
      if (author.role) expect(screen.getByText(`, ${author.role}`)).toBeInTheDocument();
    }
  });

  it('gives published and updated times machine-readable datetimes and the house style', () => {
    const { container } = render(
      <StoryHeader headline="H" standfirst="" byline={[]} publishedAt="2023-05-22T13:21:00Z" updatedAt="2023-12-04T15:02:00Z" />,
    );
    const times = container.querySelectorAll('time');
    expect(times).toHaveLength(2);
    expect(times[0]).toHaveAttribute('datetime', '2023-05-22T13:21:00Z');
    expect(times[0]).toHaveTextContent('5/22/23 at 9:21 a.m. ET');
    expect(times[1]).toHaveTextContent('12/4/23 at 10:02 a.m. ET');
    expect(screen.getByText(/Updated/)).toBeInTheDocument();
  });

  it('does not repeat an "updated" time equal to the published one', () => {
    render(<StoryHeader headline="H" standfirst="" byline={[]} publishedAt="2023-05-22T13:21:00Z" updatedAt="2023-05-22T13:21:00Z" />);
    expect(screen.queryByText(/Updated/)).not.toBeInTheDocument();
  });

  it('never cuts a long headline', () => {
    const long = 'A'.repeat(40) + ' headline that goes on well past the length a card would show, because the story page shows all of it';
    render(<StoryHeader headline={long} standfirst="" byline={[]} publishedAt="2023-05-22T13:21:00Z" updatedAt={null} />);
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(long);
  });
});
