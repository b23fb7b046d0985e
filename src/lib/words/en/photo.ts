// A photo the data saver keeps until asked, in English.
import type { PhotoWords } from '../types';

export const photo: PhotoWords = {
  alt: (alt) => `Photo: ${alt}`,
  load: (size) => (size ? `Load photo (${size})` : 'Load photo'),
};
