// What the frame says when the app cannot start, in Arabic.
import type { BootWords } from '../types';

export const boot: BootWords = {
  failed: 'تعذّر تحميل ليد. تحقق من اتصالك، ثم حاول مرة أخرى.',
  retry: 'حاول مرة أخرى',
};
