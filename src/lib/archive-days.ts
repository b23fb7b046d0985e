// The archive's days: which publication-time-zone day a story falls on, and how a day is headed. Apart from
// src/lib/dates.ts so that only the pages that group stories by day carry them.
import { onFirstUse, partsOf } from './dates';
import { PUBLICATION } from './publication';
import { archive } from '#words/archive';

const dayKeyFormat = onFirstUse(
  () => new Intl.DateTimeFormat(PUBLICATION.locale, { year: 'numeric', month: '2-digit', day: '2-digit', timeZone: PUBLICATION.timeZone }),
);
const dayHeadingFormat = onFirstUse(() => new Intl.DateTimeFormat(PUBLICATION.locale, { ...archive.dayParts, timeZone: PUBLICATION.timeZone }));

/** "2024-05-01": the publication-time-zone day an instant falls on (archive day groups). */
export function publicationDay(iso: string): string {
  const { year, month, day } = partsOf(dayKeyFormat(), new Date(iso));
  return `${year}-${month}-${day}`;
}

/** "Wednesday 1 May 2024" in English: an archive day heading, for a day from `publicationDay`. */
export function formatDayHeading(day: string): string {
  // Noon UTC of that day is the same calendar day in every publication time zone Lede supports.
  return archive.day(partsOf(dayHeadingFormat(), new Date(`${day}T12:00:00Z`)));
}
