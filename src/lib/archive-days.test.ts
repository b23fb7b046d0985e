import { describe, expect, it } from 'vitest';
import { formatDayHeading, publicationDay } from './archive-days';

describe('archive days', () => {
  it('keys an instant by its publication-time-zone day, zero-padded', () => {
    // 02:30 UTC on 1 Jul 2025 is still 30 June in New York; 14:00 UTC on 5 Mar 2024 is 5 March.
    expect(publicationDay('2025-07-01T02:30:00Z')).toBe('2025-06-30');
    expect(publicationDay('2024-03-05T14:00:00Z')).toBe('2024-03-05');
  });

  it('heads a day like "Wednesday 1 May 2024"', () => {
    expect(formatDayHeading('2024-05-01')).toBe('Wednesday 1 May 2024');
    expect(formatDayHeading(publicationDay('2025-07-01T02:30:00Z'))).toBe('Monday 30 June 2025');
  });
});
