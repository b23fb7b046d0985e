// /saved tells the reader when their saved stories cannot be read, rather than that there are none.
import { screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderRoute } from '../../test/render';

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('saved page', () => {
  it('says the saved stories could not be read when storage refuses', async () => {
    const refused = () => Promise.reject(new DOMException('The operation is insecure.', 'SecurityError'));
    vi.stubGlobal('caches', { has: refused, open: refused });
    renderRoute('/saved');
    expect(await screen.findByText(/Your saved stories could not be read/)).toBeInTheDocument();
    expect(screen.queryByText(/0 stories saved/)).toBeNull();
  });
});
