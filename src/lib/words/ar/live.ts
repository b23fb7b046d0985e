// Live coverage's words in Arabic.
import { formatNumber, isolate, plural } from '../format';
import type { LiveWords } from '../types';

const posts = (n: number) =>
  plural(n, {
    one: 'منشور جديد واحد',
    two: 'منشوران جديدان',
    few: `${formatNumber(n)} منشورات جديدة`,
    many: `${formatNumber(n)} منشورًا جديدًا`,
    other: `${formatNumber(n)} منشور جديد`,
  });

export const live: LiveWords = {
  live: 'مباشر',
  ended: 'انتهت',
  coverageEnded: (time) => ['انتهت التغطية في ', time],
  lastUpdated: (time) => ['آخر تحديث: ', time],
  edited: (time) => ['حُدِّث في ', time],
  newPosts: posts,
  arrived: (n) => `${posts(n)}. استخدم زر «عرض ${posts(n)}» ${plural(n, { one: 'لقراءته', two: 'لقراءتهما', other: 'لقراءتها' })}.`,
  show: (n) => `عرض ${posts(n)}`,
  unread: (n, title) => `${n > 0 ? `(${formatNumber(n)}) ` : ''}${title}`,
  keyPoints: 'أبرز النقاط',
  keyEvents: 'أبرز الأحداث',
  keyEvent: 'حدث بارز',
  pinnedPost: 'منشور مثبَّت',
  pinnedAt: (title) => (title ? `«${isolate(title)}» مثبَّت أعلى الصفحة.` : 'هذا المنشور مثبَّت أعلى الصفحة.'),
  readThere: 'اقرأه هناك',
  latest: 'آخر المنشورات',
  theLatest: 'آخر المنشورات',
  loadingLatest: 'جارٍ تحميل آخر المنشورات…',
  newer: 'عرض المنشورات الأحدث',
  none: 'لا توجد منشورات بعد. ستظهر المنشورات الجديدة هنا.',
  older: 'المنشورات الأقدم',
  loadingOlder: 'جارٍ تحميل المنشورات الأقدم…',
  showOlder: 'عرض المنشورات الأقدم',
  began: 'من هنا بدأت التغطية.',
  missing: 'المنشور الذي تبعت رابطه لم يعد جزءًا من هذه التغطية.',
  soFar: 'الخبر حتى الآن',
  isNew: 'جديد منذ زيارتك الأخيرة',
  newsroom: (time) => (time ? `من غرفة الأخبار، منشور بتاريخ ${time}` : 'من غرفة الأخبار، المنشور المثبَّت'),
};
