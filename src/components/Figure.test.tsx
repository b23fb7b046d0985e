import { act, render, screen, within } from '@testing-library/react';
import { hydrateRoot } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, onTestFinished } from 'vitest';
import { DEFAULT_PREFERENCES, savePreferences } from '../lib/preferences';
import type { Image } from '../api/image';
import { HydrationState } from '../lib/hydration';
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

  describe('with the data saver on', () => {
    afterEach(() => savePreferences(DEFAULT_PREFERENCES));
    const sized: Image = { ...image, renditions: image.renditions.map((r) => ({ ...r, bytes: r.width * 10 })) };

    it('loads no photo until asked: its place says what it shows and what loading it costs', async () => {
      savePreferences({ ...DEFAULT_PREFERENCES, dataSaver: 'on' });
      render(<Figure image={sized} priority />);
      const button = await screen.findByRole('button', { name: 'Load photo (4.8 kB)' });
      expect(screen.queryByRole('img')).toBeNull();
      expect(screen.getByText('Photo: Ferries moored at dawn')).toBeInTheDocument();
      expect(screen.getByRole('figure').querySelector('figcaption')).toHaveTextContent('The first ferry of the day leaves Pier 4.');
      // jsdom lays nothing out (a place 0 px wide): the narrowest rendition fits, 480 px of 4,800 bytes.
      await userEvent.click(button);
      const photo = screen.getByRole('img', { name: 'Ferries moored at dawn' });
      expect(photo).toHaveAttribute('src', '/images/test-480.webp');
      expect(photo).not.toHaveAttribute('srcset');
      expect(screen.queryByRole('button')).toBeNull();
      // The focus, on the button that is gone, moves to the photo it loaded.
      expect(photo).toHaveFocus();
    });

    it('says only "Load photo" when the source did not give the size', async () => {
      savePreferences({ ...DEFAULT_PREFERENCES, dataSaver: 'on' });
      render(<Figure image={image} />);
      expect(await screen.findByRole('button', { name: 'Load photo' })).toBeEnabled();
    });

    it('is not in the way when off', () => {
      savePreferences({ ...DEFAULT_PREFERENCES, dataSaver: 'off' });
      render(<Figure image={sized} />);
      expect(screen.getByRole('img')).toHaveAttribute('srcset');
      expect(screen.queryByRole('button')).toBeNull();
    });

    /** The server's HTML of `figure`, hydrated with the data saver on; the container it is in. */
    async function hydrated(photo: React.ReactElement) {
      const figure = <HydrationState serverRendered>{photo}</HydrationState>;
      // The server knows nothing of the device's choice: its HTML has the photo.
      const container = document.createElement('div');
      container.innerHTML = renderToString(figure);
      document.body.append(container);
      onTestFinished(() => container.remove());
      savePreferences({ ...DEFAULT_PREFERENCES, dataSaver: 'on' });
      const errors: unknown[] = [];
      await act(async () => hydrateRoot(container, figure, { onRecoverableError: (error) => errors.push(error) }));
      expect(errors).toEqual([]);
      return within(container);
    }

    it("adopts the server's photo as it hydrates, then offers it on request", async () => {
      const page = await hydrated(<Figure image={sized} />);
      expect(await page.findByRole('button', { name: 'Load photo (4.8 kB)' })).toBeInTheDocument();
      expect(page.queryByRole('img')).toBeNull();
    });

    it("keeps a hero adopted from the server's HTML: its preload had the browser fetch it before any script ran", async () => {
      const page = await hydrated(<Figure image={sized} priority />);
      await act(() => new Promise((resolve) => setTimeout(resolve, 10)));
      expect(page.getByRole('img')).toHaveAttribute('srcset');
      expect(page.queryByRole('button')).toBeNull();
    });
  });
});
