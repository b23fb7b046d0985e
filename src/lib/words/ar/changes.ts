// What changed in a story, and a story page's offers, in Arabic.
import { formatNumber } from '../format';
import type { ChangesWords } from '../types';

export const changes: ChangesWords = {
  changed: (read, updated) =>
    updated ? ['تغيّر هذا الخبر منذ قرأته آخر مرة (', read, ')، وقد حُدِّث في ', updated, '.'] : ['تغيّر هذا الخبر منذ قرأته آخر مرة (', read, ').'],
  now: 'أنت تقرأ الآن النسخة المحدَّثة من الخبر.',
  marked: 'الفقرات التي تغيّرت مميَّزة.',
  since: 'التغييرات منذ زيارتك الأخيرة',
  what: 'ما الذي تغيّر',
  added: 'أُضيف:',
  edited: 'عُدِّل:',
  removed: 'حُذف:',
  updated: 'حُدِّث هذا الخبر',
  show: 'عرض',
  resume: 'متابعة القراءة',
  progress: (share) => `قرأت ${formatNumber(share, { style: 'percent' })} من هذا الخبر.`,
  carryOn: 'تابع من حيث توقفت',
  top: 'ابدأ من البداية',
  no: 'لا، شكرًا',
};
