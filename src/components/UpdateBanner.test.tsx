import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { UpdateBanner, UpdateBanners } from './UpdateBanner';

describe('UpdateBanner', () => {
  it('formats a daylight-saving time as the publisher writes it', () => {
    render(<UpdateBanner note={{ at: '2023-05-22T13:21:00Z', text: 'This story has been updated with further information.' }} />);
    const note = screen.getByRole('note');
    expect(note).toHaveTextContent('Update 5/22/23 at 9:21 a.m. ET: This story has been updated with further information.');
    expect(note.querySelector('time')).toHaveAttribute('datetime', '2023-05-22T13:21:00Z');
  });

  it('formats a standard-time (winter) time with the right offset', () => {
    render(<UpdateBanner note={{ at: '2024-02-03T01:45:00Z', text: 'Corrected the council vote count.' }} />);
    // 01:45 UTC on 3 Feb is 8:45 p.m. EST on 2 Feb.
    expect(screen.getByRole('note')).toHaveTextContent('Update 2/2/24 at 8:45 p.m. ET: Corrected the council vote count.');
  });

  it('lists several updates newest first', () => {
    render(
      <UpdateBanners
        notes={[
          { at: '2024-06-01T12:00:00Z', text: 'First.' },
          { at: '2024-06-02T12:00:00Z', text: 'Second.' },
        ]}
      />,
    );
    const notes = screen.getAllByRole('note');
    expect(notes.map((note) => note.textContent)).toEqual([expect.stringContaining('Second.'), expect.stringContaining('First.')]);
  });
});
