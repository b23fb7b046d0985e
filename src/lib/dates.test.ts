import { describe, expect, it } from 'vitest';
import { formatPublicationTime, formatShortDate } from './dates';

describe('formatPublicationTime', () => {
  it('shows a daylight-saving (EDT) time in Eastern time, house style', () => {
    // 13:21 UTC on 22 May 2023 is 9:21 EDT (UTC-4).
    expect(formatPublicationTime('2023-05-22T13:21:00Z')).toBe('5/22/23 at 9:21 a.m. ET');
  });

  it('shows a standard-time (EST) date correctly', () => {
    // 20:05 UTC on 15 Jan 2024 is 3:05 EST (UTC-5).
    expect(formatPublicationTime('2024-01-15T20:05:00Z')).toBe('1/15/24 at 3:05 p.m. ET');
  });

  it('uses the publication day, not the UTC day, around midnight', () => {
    // 02:30 UTC on 1 Jul 2025 is still 30 June in New York.
    expect(formatPublicationTime('2025-07-01T02:30:00Z')).toBe('6/30/25 at 10:30 p.m. ET');
  });

  it('follows a configured zone', () => {
    expect(formatPublicationTime('2023-05-22T13:21:00Z', 'Europe/London', 'UK')).toBe('5/22/23 at 2:21 p.m. UK');
  });
});

describe('formatShortDate', () => {
  it('writes dates like "13 Jun 2020"', () => {
    expect(formatShortDate('2020-06-13T15:00:00Z')).toBe('13 Jun 2020');
  });
});
