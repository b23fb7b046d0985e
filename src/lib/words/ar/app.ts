// The app as installed and as index.html describes it, in Arabic.
import type { AppWords } from '../types';

export const app: AppWords = {
  description: 'قارئ أخبار يعمل دون اتصال: أخبار سريعة وهادئة وسهلة الوصول تبقى متاحة للقراءة دون اتصال.',
  summary: 'ليد: قارئ أخبار سريع وهادئ وسهل الوصول.',
  noscript: 'يحتاج ليد إلى جافاسكربت لعرض الأخبار.',
  popular: ['الأكثر قراءة هذا الأسبوع', 'الأكثر قراءة'],
  saved: ['الأخبار المحفوظة', 'المحفوظات'],
};
