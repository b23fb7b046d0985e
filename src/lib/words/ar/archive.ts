// The archive page's words in Arabic.
import type { ArchiveWords } from '../types';

export const archive: ArchiveWords = {
  dayParts: { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' },
  day: (d) => `${d.weekday}، ${d.day} ${d.month} ${d.year}`,
  before: (day) => `الأخبار المنشورة قبل ${day}`,
  latest: 'أحدث الأخبار',
  back: 'العودة إلى أحدث الأخبار',
  noneBefore: 'لا توجد أخبار قبل هذا التاريخ.',
  empty: 'لا توجد أخبار في الأرشيف بعد.',
  end: 'وصلت إلى أقدم خبر في الأرشيف.',
  jump: 'الأخبار المنشورة قبل',
  go: 'انتقال',
};
