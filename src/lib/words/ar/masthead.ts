// The masthead's words in Arabic.
import type { MastheadWords } from '../types';

export const masthead: MastheadWords = {
  skip: 'انتقل إلى المحتوى',
  search: 'بحث',
  menu: 'القائمة',
  sections: 'الأقسام',
  front: 'الصفحة الرئيسية',
  popular: 'الأكثر قراءة',
  archive: 'أرشيف الأخبار',
  saved: 'المحفوظات',
  display: 'العرض',
  field: 'ابحث في الأخبار',
  download: 'تنزيل للقراءة دون اتصال',
  loading: 'جارٍ التحميل…',
  footer: 'ليد — قارئ أخبار يعمل دون اتصال. الأخبار في هذا العرض التجريبي خيالية.',
  offline: 'أنت غير متصل بالإنترنت. لا تزال الأخبار المحفوظة والمقروءة مؤخرًا متاحة.',
  online: 'عاد اتصالك بالإنترنت.',
  update: 'يتوفر إصدار جديد',
  reload: 'إعادة التحميل',
};
