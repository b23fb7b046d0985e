import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { BodyBlock } from '../api/story';
import { renderWithRouter } from '../test/render';
import { fixtureStory } from '../test/fixtures';
import { StoryBody } from './StoryBody';

const blocks: BodyBlock[] = [
  {
    type: 'paragraph',
    content: [
      { type: 'text', text: 'Crews worked ', marks: [] },
      { type: 'text', text: 'through the night', marks: ['em'] },
      { type: 'text', text: ', said ', marks: [] },
      { type: 'link', href: 'https://example.com/report', text: 'the report', marks: [] },
      { type: 'text', text: ' and ', marks: [] },
      { type: 'link', href: '/story/other-story', text: 'our earlier story', marks: [] },
      { type: 'text', text: ' and ', marks: [] },
      { type: 'link', href: 'javascript:alert(1)', text: 'a suspicious link', marks: [] },
      { type: 'text', text: ' and ', marks: [] },
      { type: 'link', href: 'data:text/html,<b>x</b>', text: 'a data link', marks: [] },
    ],
  },
  { type: 'heading', text: 'What happens next' },
  { type: 'quote', text: 'We are not done yet.', attribution: 'Ines Varga, harbour master' },
  {
    type: 'embed',
    author: { name: 'Port Alder Ferries', handle: '@paferries' },
    network: 'Chirp',
    text: 'Service resumes at 6 a.m.',
    postedAt: '2024-07-01T10:00:00Z',
    url: 'https://chirp.example/paferries/1',
  },
  { type: 'list', ordered: true, items: [[{ type: 'text', text: 'First step', marks: [] }], [{ type: 'text', text: 'Second step', marks: [] }]] },
  {
    type: 'cta',
    content: [
      { type: 'text', text: 'Do you have a tip? Let us know via ', marks: [] },
      { type: 'link', href: 'https://tips.example.com', text: 'our tip line', marks: [] },
    ],
  },
];

describe('StoryBody', () => {
  it('renders every block type with its meaning', () => {
    renderWithRouter(<StoryBody blocks={blocks} />);
    expect(screen.getByText('through the night').tagName).toBe('EM');
    expect(screen.getByRole('heading', { level: 2, name: 'What happens next' })).toBeInTheDocument();
    const quote = screen.getByText('We are not done yet.').closest('figure');
    expect(quote).not.toBeNull();
    expect(within(quote as HTMLElement).getByText('Ines Varga, harbour master')).toBeInTheDocument();
    expect(screen.getByText('Service resumes at 6 a.m.')).toBeInTheDocument();
    expect(screen.getByText('@paferries')).toBeInTheDocument();
    const list = screen.getByRole('list');
    expect(list.tagName).toBe('OL');
    expect(within(list).getAllByRole('listitem')).toHaveLength(2);
    expect(screen.getByRole('complementary', { name: 'From the newsroom' })).toHaveTextContent('Do you have a tip?');
  });

  it("keeps its own API's text in the publication's direction: no dir=auto, which would turn a block that opens with a Latin name", () => {
    const { container } = renderWithRouter(<StoryBody blocks={blocks} />);
    expect(container.querySelectorAll('.story-body p:not(.embedded-post p), .body-heading, .block-list li').length).toBeGreaterThan(3);
    expect(container.querySelectorAll('.story-body p:not(.embedded-post p)[dir], .body-heading[dir], .block-list li[dir]')).toHaveLength(0);
  });

  it('never renders a javascript: or data: URL as a link, but keeps the words', () => {
    const { container } = renderWithRouter(<StoryBody blocks={blocks} />);
    expect(screen.queryByRole('link', { name: /suspicious link/ })).not.toBeInTheDocument();
    expect(screen.getByText('a suspicious link')).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: /a data link/ })).not.toBeInTheDocument();
    for (const anchor of container.querySelectorAll('a')) {
      expect(anchor.getAttribute('href') ?? '').toMatch(/^(https?:\/\/|\/)/);
    }
  });

  it('opens external links safely and keeps internal links in the app', () => {
    renderWithRouter(<StoryBody blocks={blocks} />);
    const external = screen.getByRole('link', { name: /the report/ });
    expect(external).toHaveAttribute('rel', 'noopener noreferrer');
    expect(external).toHaveAttribute('href', 'https://example.com/report');
    const internal = screen.getByRole('link', { name: 'our earlier story' });
    expect(internal).toHaveAttribute('href', '/story/other-story');
    expect(internal).not.toHaveAttribute('target');
  });

  it('refuses the unsafe link planted in the scam-warning fixture story', () => {
    const story = fixtureStory('tip-line-scam-warning');
    renderWithRouter(<StoryBody blocks={story.body} />);
    expect(screen.getByText('a suspicious link')).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: /a suspicious link/ })).not.toBeInTheDocument();
  });
});
