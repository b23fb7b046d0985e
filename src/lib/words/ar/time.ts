// Dates and times in Arabic: "22 مايو 2023، الساعة 4:21 م بتوقيت القاهرة" and "13 يونيو 2020", in Western digits.
import type { TimeWords } from '../types';

export const time: TimeWords = {
  stampParts: { year: 'numeric', month: 'long', day: 'numeric', hour: 'numeric', minute: '2-digit', hour12: true },
  stamp: (d, zone) => `${d.day} ${d.month} ${d.year}، الساعة ${d.hour}:${d.minute} ${d.dayPeriod} ${zone}`.trim(),
  shortParts: { day: 'numeric', month: 'long', year: 'numeric' },
  short: (d) => `${d.day} ${d.month} ${d.year}`,
  now: 'الآن',
  ago: (relative) => ` (${relative})`,
};
