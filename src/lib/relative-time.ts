// "2 hours ago" beside a publication time, from Intl.RelativeTimeFormat in the publication's locale (no hand-rolled
// units or month names).
import { PUBLICATION } from './publication';
import { time } from '#words/time';

const UNITS: Array<[Intl.RelativeTimeFormatUnit, number]> = [
  ['year', 365 * 24 * 3600],
  ['month', 30 * 24 * 3600],
  ['week', 7 * 24 * 3600],
  ['day', 24 * 3600],
  ['hour', 3600],
  ['minute', 60],
];

// Made on first use, not at module load (a story older than a week never needs it).
let defaultFormat: Intl.RelativeTimeFormat | undefined;

/** How long ago `iso` was, relative to `now`; "just now" (in the publication's words) under a minute. */
export function formatRelativeTime(iso: string, now: number = Date.now(), locale?: string): string {
  const formatter = locale
    ? new Intl.RelativeTimeFormat(locale, { numeric: 'auto' })
    : (defaultFormat ??= new Intl.RelativeTimeFormat(PUBLICATION.locale, { numeric: 'auto' }));
  const seconds = Math.round((Date.parse(iso) - now) / 1000);
  const abs = Math.abs(seconds);
  if (abs < 60) return seconds <= 0 ? time.now : formatter.format(0, 'minute');
  for (const [unit, size] of UNITS) {
    if (abs >= size) return formatter.format(Math.trunc(seconds / size), unit);
  }
  return formatter.format(Math.trunc(seconds / 60), 'minute');
}

/** Relative times are useful for recent news; older stories show only the date. */
export function isRecent(iso: string, now: number = Date.now()): boolean {
  return now - Date.parse(iso) < 7 * 24 * 3600 * 1000;
}
