// Listen's words in Arabic.
import { formatNumber } from '../format';
import type { ListenWords } from '../types';

export const listen: ListenWords = {
  listen: 'استمع',
  panel: 'القراءة بصوت عالٍ',
  pause: 'إيقاف مؤقت',
  resume: 'استئناف',
  previous: 'السابقة',
  next: 'التالية',
  sentence: ' (الجملة)',
  stop: 'إيقاف',
  speed: 'السرعة',
  rate: (speed) => `${speed}×`,
  extras: 'اقرأ التعليقات على الصور والمنشورات المضمَّنة',
  status: (paused, at, count) => `${paused ? 'متوقف مؤقتًا عند الجملة' : 'تجري قراءة الجملة'} ${formatNumber(at)} من أصل ${formatNumber(count)}`,
  caption: (sentence) => `تعليق الصورة: ${sentence}`,
  credit: (credit) => `مصدر الصورة: ${credit}`,
  embed: (author, sentence) => `منشور مضمَّن من ${author}: ${sentence}`,
  embedOn: (network, sentence) => `منشور مضمَّن على ${network}: ${sentence}`,
};
