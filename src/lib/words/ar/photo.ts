// A photo the data saver keeps until asked, in Arabic (the size, Latin digits and unit, isolated from the Arabic text).
import type { PhotoWords } from '../types';

export const photo: PhotoWords = {
  alt: (alt) => `الصورة: ${alt}`,
  load: (size) => (size ? `حمّل الصورة (\u2068${size}\u2069)` : 'حمّل الصورة'),
};
