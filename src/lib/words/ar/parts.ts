// What the front page and a story page both show, in Arabic.
import type { PartsWords } from '../types';

export const parts: PartsWords = {
  hot: 'موضوعات ساخنة',
  hideHot: 'إخفاء الموضوعات الساخنة',
  photo: 'الصورة: ',
  more: 'مزيد من الأخبار',
};
