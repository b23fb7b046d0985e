import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { Image } from '../api/image';
import { Figure } from './Figure';

const image: Image = {
  url: '/images/test-1600.webp',
  width: 1600,
  height: 900,
  alt: 'Ferries moored at dawn',
  caption: 'The first ferry of the day leaves Pier 4.',
  credit: 'MIRA OKAFOR/PORT ALDER HERALD',
  renditions: [
    { url: '/images/test-960.webp', width: 960 },
    { url: '/images/test-480.webp', width: 480 },
    { url: '/images/test-1600.webp', width: 1600 },
  ],
};

describe('Figure', () => {
  it('renders a figure whose caption and credit are separate parts of the figcaption', () => {
    render(<Figure image={image} />);
    const figure = screen.getByRole('figure');
    const caption = figure.querySelector('figcaption');
    expect(caption).toHaveTextContent('The first ferry of the day leaves Pier 4.');
    expect(caption?.querySelector('.figure__credit')).toHaveTextContent('MIRA OKAFOR/PORT ALDER HERALD');
    expect(caption?.querySelector('.figure__caption-text')).not.toHaveTextContent('MIRA OKAFOR');
  });

  it('sets width, height, alt and a responsive srcset so nothing shifts', () => {
    render(<Figure image={image} />);
    const img = screen.getByRole('img', { name: 'Ferries moored at dawn' });
    expect(img).toHaveAttribute('width', '1600');
    expect(img).toHaveAttribute('height', '900');
    expect(img).toHaveAttribute('srcset', '/images/test-480.webp 480w, /images/test-960.webp 960w, /images/test-1600.webp 1600w');
    expect(img.getAttribute('sizes')).toBeTruthy();
    expect(img).toHaveAttribute('loading', 'lazy');
  });

  it('loads the hero first', () => {
    render(<Figure image={image} priority />);
    const img = screen.getByRole('img');
    expect(img).toHaveAttribute('fetchpriority', 'high');
    expect(img).toHaveAttribute('loading', 'eager');
  });

  it('drops renditions and images with unsafe URLs', () => {
    const hostile = {
      ...image,
      renditions: [
        { url: 'javascript:alert(1)', width: 480 },
        { url: '/images/ok-960.webp', width: 960 },
      ],
    };
    const { rerender } = render(<Figure image={hostile} />);
    expect(screen.getByRole('img')).toHaveAttribute('srcset', '/images/ok-960.webp 960w');
    rerender(<Figure image={{ ...image, url: 'javascript:alert(1)' }} />);
    expect(screen.queryByRole('img')).not.toBeInTheDocument();
  });
});
