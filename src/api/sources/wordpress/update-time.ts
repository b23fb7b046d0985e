// The time an update note gives ("5/22/23 at 9:21 a.m. ET", "May 22, 2023, 9:21 a.m.", "9:21 a.m."), as an instant.
import { formatPerZone, partsOf } from '../../../lib/dates';

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH = String.raw`(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?`;

/** Zone labels a US newsroom writes after a time; UTC and GMT are honoured, the others mean the publication's zone. */
const ZONE = /\b(e[sd]?t|c[sd]?t|m[sd]?t|p[sd]?t|bst|cest|cet|utc|gmt)\b\.?/;

interface Day {
  year: number | null;
  month: number;
  day: number;
}

function readDay(text: string): { day: Day; rest: string } | null {
  const patterns: Array<[RegExp, (m: RegExpExecArray) => Day]> = [
    [/\b(\d{4})-(\d{1,2})-(\d{1,2})\b/, (m) => ({ year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) })],
    // US order unless the first number cannot be a month (22/5/23).
    [
      /\b(\d{1,2})[/.](\d{1,2})(?:[/.](\d{2}|\d{4}))?\b/,
      (m) => {
        const [a, b] = [Number(m[1]), Number(m[2])];
        const year = m[3] ? Number(m[3]) : null;
        return a > 12 ? { year, month: b, day: a } : { year, month: a, day: b };
      },
    ],
    [
      new RegExp(String.raw`\b${MONTH}\s+(\d{1,2})(?:st|nd|rd|th)?\b(?:,?\s+(\d{4})\b)?`),
      (m) => ({ year: m[3] ? Number(m[3]) : null, month: MONTHS.indexOf((m[1] ?? '').slice(0, 3)) + 1, day: Number(m[2]) }),
    ],
    [
      new RegExp(String.raw`\b(\d{1,2})(?:st|nd|rd|th)?\s+${MONTH}(?:,?\s+(\d{4})\b)?`),
      (m) => ({ year: m[3] ? Number(m[3]) : null, month: MONTHS.indexOf((m[2] ?? '').slice(0, 3)) + 1, day: Number(m[1]) }),
    ],
  ];
  for (const [pattern, read] of patterns) {
    const match = pattern.exec(text);
    if (match) {
      const day = read(match);
      if (day.year !== null && day.year < 100) day.year += 2000;
      return { day, rest: text.replace(match[0], ' ') };
    }
  }
  return null;
}

function readClock(text: string): { hour: number; minute: number; rest: string } | null {
  const twelve = /\b(\d{1,2})(?::(\d{2}))?\s*(a\.?\s?m\.?|p\.?\s?m\.?)(?=\s|$|[,;)])/.exec(text);
  if (twelve) {
    const hour = Number(twelve[1]);
    if (hour < 1 || hour > 12) return null;
    const pm = (twelve[3] ?? '').startsWith('p');
    return { hour: (hour % 12) + (pm ? 12 : 0), minute: Number(twelve[2] ?? 0), rest: text.replace(twelve[0], ' ') };
  }
  const words = /\b(noon|midday|midnight)\b/.exec(text);
  if (words) return { hour: words[1] === 'midnight' ? 0 : 12, minute: 0, rest: text.replace(words[0], ' ') };
  const clock = /\b(\d{1,2}):(\d{2})\b/.exec(text);
  if (clock) return { hour: Number(clock[1]), minute: Number(clock[2]), rest: text.replace(clock[0], ' ') };
  return null;
}

const iso = (ms: number) => new Date(ms).toISOString().replace('.000Z', 'Z');

/** The wall clock of a zone, to the second, in 24-hour time. */
const wallClock = formatPerZone({
  hourCycle: 'h23',
  year: 'numeric',
  month: 'numeric',
  day: 'numeric',
  hour: 'numeric',
  minute: 'numeric',
  second: 'numeric',
});

/** Milliseconds `timeZone` is ahead of UTC at the instant `ms`. */
function zoneOffset(ms: number, timeZone: string): number {
  const parts = partsOf(wallClock(timeZone), new Date(ms));
  const get = (type: Intl.DateTimeFormatPartTypes) => Number(parts[type] ?? 0);
  return Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'), get('second')) - Math.floor(ms / 1000) * 1000;
}

/** The instant a wall-clock time in `timeZone` names (the later reading when clocks go back). */
function zonedInstant(year: number, month: number, day: number, hour: number, minute: number, timeZone: string): number {
  const wall = Date.UTC(year, month - 1, day, hour, minute);
  const first = wall - zoneOffset(wall, timeZone);
  const second = wall - zoneOffset(first, timeZone);
  return second;
}

function zonedDay(ms: number, timeZone: string): { year: number; month: number; day: number } {
  const shifted = new Date(ms + zoneOffset(ms, timeZone));
  return { year: shifted.getUTCFullYear(), month: shifted.getUTCMonth() + 1, day: shifted.getUTCDate() };
}

const isRealDay = (year: number, month: number, day: number) => {
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
};

/**
 * The instant named by an update note's time words, read in `timeZone` (or UTC when they say UTC/GMT); a missing
 * year, day or time comes from `reference` (the post's last modification). Null when the words are not a time,
 * so "Updated figures from the council" is never taken for a date.
 */
export function parseUpdateTime(words: string, reference: string, timeZone: string): string | null {
  let text = ` ${words.toLowerCase()} `;
  const zone = ZONE.exec(text);
  const zoneName = zone && /utc|gmt/.test(zone[1] ?? '') ? 'UTC' : timeZone;
  if (zone) text = text.replace(zone[0], ' ');
  const dayRead = readDay(text);
  if (dayRead) text = dayRead.rest;
  const clock = readClock(text);
  if (clock) text = clock.rest;
  if (!dayRead && !clock) return null;
  // Whatever is left must be filler ("at", "on", punctuation), or these were not time words.
  if (text.replace(/\b(at|on|of|the)\b/g, ' ').replace(/[\s,.;()[\]—–-]+/g, '') !== '') return null;
  const referenceMs = Date.parse(reference);
  if (Number.isNaN(referenceMs)) return null;
  const today = zonedDay(referenceMs, zoneName);
  const day = dayRead ? { ...dayRead.day, year: dayRead.day.year ?? today.year } : today;
  // "Dec 31" in a post last edited on Jan 2 is last year's.
  if (dayRead && dayRead.day.year === null && Date.UTC(day.year, day.month - 1, day.day) > Date.UTC(today.year, today.month - 1, today.day + 1))
    day.year -= 1;
  if (!isRealDay(day.year, day.month, day.day)) return null;
  if (!clock) {
    // A date alone: the post's modification time when it is that day, else the start of that day.
    const sameDay = day.year === today.year && day.month === today.month && day.day === today.day;
    return iso(sameDay ? referenceMs : zonedInstant(day.year, day.month, day.day, 0, 0, zoneName));
  }
  if (clock.hour > 23 || clock.minute > 59) return null;
  return iso(zonedInstant(day.year, day.month, day.day, clock.hour, clock.minute, zoneName));
}
