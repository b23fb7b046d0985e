// Dates and times in English: the house style "5/22/23 at 9:21 a.m. ET" and "13 Jun 2020".
import type { TimeWords } from '../types';

export const time: TimeWords = {
  stampParts: { year: '2-digit', month: 'numeric', day: 'numeric', hour: 'numeric', minute: '2-digit', hour12: true },
  stamp: (d, zone) =>
    `${d.month}/${d.day}/${d.year} at ${d.hour}:${d.minute} ${d.dayPeriod?.toLowerCase().startsWith('p') ? 'p.m.' : 'a.m.'} ${zone}`.trim(),
  shortParts: { day: 'numeric', month: 'short', year: 'numeric' },
  short: (d) => `${d.day} ${d.month} ${d.year}`,
  now: 'just now',
  ago: (relative) => ` (${relative})`,
};
