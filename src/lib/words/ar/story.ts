// A story page's words in Arabic.
import { formatNumber, isolate } from '../format';
import type { StoryWords } from '../types';

export const story: StoryWords = {
  published: (time) => ['نُشر في ', time],
  updated: (time) => ['حُدِّث في ', time],
  read: (minutes) => `مدة القراءة: ${formatNumber(minutes, { style: 'unit', unit: 'minute', unitDisplay: 'long' })}`,
  update: (time) => ['تحديث ', time, ':'],
  copied: 'نُسخ الرابط إلى الحافظة.',
  copy: 'انسخ هذا الرابط: ',
  saving: 'جارٍ الحفظ…',
  saved: 'محفوظ للقراءة دون اتصال',
  remove: 'إزالة من المحفوظات',
  topics: 'موضوعات هذا الخبر',
  newsroom: 'من غرفة الأخبار',
  added: ['جديد', 'أُضيف منذ زيارتك الأخيرة:'],
  edited: ['مُحدَّث', 'تغيّر منذ زيارتك الأخيرة:'],
  newTab: ' (يُفتح في علامة تبويب جديدة)',
  on: (network, byAuthor) => `${byAuthor ? ' على' : 'على'} ${isolate(network)}`,
  viewPost: 'عرض المنشور الأصلي',
  viewOn: (network) => `عرض على ${isolate(network)}`,
};
