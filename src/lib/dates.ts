// Dates in the publication's time zone, formatted by Intl in the house styles. Every format is one of the
// publication's locale (PUBLICATION.locale), its parts put in the house order its words give (#words/time): the first
// format of a locale loads that locale's date patterns (1–6 ms on a slow host, in the middle of a render), so a page
// pays for one locale, not three.
import { PUBLICATION } from './publication';
import { time } from '#words/time';

/**
 * A formatter made on first use: building an Intl.DateTimeFormat with a time zone costs milliseconds, and at module
 * load every page would pay for formats only the archive uses (measured in docs/performance.md).
 */
export function onFirstUse<T>(make: () => T): () => T {
  let value: T | undefined;
  return () => (value ??= make());
}

/** One formatter of `options` per time zone, made on first use in that zone (making one costs far more than using it). */
export function formatPerZone(options: Intl.DateTimeFormatOptions): (timeZone: string) => Intl.DateTimeFormat {
  const formats = new Map<string, Intl.DateTimeFormat>();
  return (timeZone) => {
    let format = formats.get(timeZone);
    if (!format) formats.set(timeZone, (format = new Intl.DateTimeFormat(PUBLICATION.locale, { ...options, timeZone })));
    return format;
  };
}

const stampFormat = formatPerZone(time.stampParts);

/**
 * Builds the publication's time format now. The first time-zone format a page makes loads the zone's data, which
 * costs a long task on a slow phone: the app does it in a task of its own before its first render.
 */
export function prepareDateFormats(): void {
  stampFormat(PUBLICATION.timeZone);
}

/** The value of each part of a formatted date, by type. */
export function partsOf(format: Intl.DateTimeFormat, date: Date): Partial<Record<Intl.DateTimeFormatPartTypes, string>> {
  return Object.fromEntries(format.formatToParts(date).map((part) => [part.type, part.value]));
}

/** "5/22/23 at 9:21 a.m. ET" in English: the house style for published, updated and update-note times. */
export function formatPublicationTime(iso: string, timeZone: string = PUBLICATION.timeZone, zoneLabel: string = PUBLICATION.zoneLabel): string {
  // A live page formats the same times on every render (each post's, its key events'): formatToParts is the cost.
  const key = `${iso} ${timeZone} ${zoneLabel}`;
  let text = publicationTimes.get(key);
  if (text === undefined) {
    if (publicationTimes.size >= 1000) publicationTimes.clear();
    publicationTimes.set(key, (text = formatStamp(iso, timeZone, zoneLabel)));
  }
  return text;
}

/** Times formatted so far (bounded: cleared at 1,000). */
const publicationTimes = new Map<string, string>();

function formatStamp(iso: string, timeZone: string, zoneLabel: string): string {
  return time.stamp(partsOf(stampFormat(timeZone), new Date(iso)), zoneLabel);
}

const shortDate = onFirstUse(() => new Intl.DateTimeFormat(PUBLICATION.locale, { ...time.shortParts, timeZone: PUBLICATION.timeZone }));

/** "13 Jun 2020" in English: the card style for lists. */
export function formatShortDate(iso: string): string {
  return time.short(partsOf(shortDate(), new Date(iso)));
}
