// An embedded post known only by its address renders as a card linking out; a full post keeps its text and author.
import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderWithRouter } from '../../test/render';
import { EmbeddedPost } from './EmbeddedPost';

describe('EmbeddedPost', () => {
  it('renders an address-only embed as a card that names the network and links out', () => {
    const { container } = renderWithRouter(<EmbeddedPost network="YouTube" text="" url="https://www.youtube.com/watch?v=abc123" />);
    expect(container.querySelector('blockquote')).toBeNull();
    expect(container.querySelector('time')).toBeNull();
    expect(container.querySelector('figcaption')).toHaveTextContent(/^On YouTube View on YouTube/);
    const link = screen.getByRole('link', { name: /View on YouTube/ });
    expect(link).toHaveAttribute('href', 'https://www.youtube.com/watch?v=abc123');
    expect(link).toHaveAttribute('rel', 'noopener noreferrer');
  });

  it('keeps the full post: text, author, network and time', () => {
    renderWithRouter(
      <EmbeddedPost
        author={{ name: 'Port Alder Ferries', handle: '@paferries' }}
        network="Chirp"
        text="Service resumes at 6 a.m."
        postedAt="2024-07-01T10:00:00Z"
        url="https://chirp.example/paferries/1"
      />,
    );
    // The post's words are its author's, in any language: their direction is read from them.
    expect(screen.getByText('Service resumes at 6 a.m.').closest('blockquote')).toHaveAttribute('dir', 'auto');
    expect(screen.getByText('@paferries')).toBeInTheDocument();
    expect(screen.getByText(/on Chirp,/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: /View original post/ })).toHaveAttribute('href', 'https://chirp.example/paferries/1');
  });
});
