// What the frame says when the app cannot start, in English.
import type { BootWords } from '../types';

export const boot: BootWords = {
  failed: 'Lede could not load. Check your connection, then try again.',
  retry: 'Try again',
};
