// A byline's words in Arabic.
import { isolate } from '../format';
import type { BylineWords } from '../types';

export const byline: BylineWords = {
  by: 'بقلم ',
  names: 'ar',
  name: isolate,
  role: (role) => `، ${isolate(role)}`,
};
