import { describe, expect, it } from 'vitest';
import { formatRelativeTime, isRecent } from './relative-time';

const NOW = Date.parse('2026-11-25T12:00:00Z');

describe('formatRelativeTime', () => {
  it.each([
    ['2026-11-25T11:59:30Z', 'just now'],
    ['2026-11-25T11:55:00Z', '5 minutes ago'],
    ['2026-11-25T10:00:00Z', '2 hours ago'],
    ['2026-11-24T12:00:00Z', 'yesterday'],
    ['2026-11-20T12:00:00Z', '5 days ago'],
    ['2026-11-04T12:00:00Z', '3 weeks ago'],
    ['2025-11-25T12:00:00Z', 'last year'],
  ])('%s is "%s"', (iso, expected) => {
    expect(formatRelativeTime(iso, NOW)).toBe(expected);
  });

  it('follows the locale it is given', () => {
    expect(formatRelativeTime('2026-11-25T10:00:00Z', NOW, 'de-DE')).toBe('vor 2 Stunden');
  });

  it('marks only the last week as recent', () => {
    expect(isRecent('2026-11-24T12:00:00Z', NOW)).toBe(true);
    expect(isRecent('2026-11-10T12:00:00Z', NOW)).toBe(false);
  });
});
