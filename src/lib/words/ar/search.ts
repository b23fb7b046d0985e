// The search page's words in Arabic; the reader's query is isolated, as it may be in any language.
import { isolate } from '../format';
import type { SearchWords } from '../types';

export const search: SearchWords = {
  title: 'بحث',
  titleFor: (query) => `«${isolate(query)}» · بحث`,
  results: (query) => `نتائج البحث عن «${isolate(query)}»`,
  none: (query) => `لا توجد أخبار تطابق «${isolate(query)}». تحقق من الإملاء، أو جرّب كلمات أقل أو مختلفة.`,
  end: 'لا مزيد من النتائج.',
  empty: 'اكتب كلمة أو كلمتين للعثور على الأخبار، بما فيها الأقدم في الأرشيف.',
};
