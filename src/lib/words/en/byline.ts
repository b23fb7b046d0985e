// A byline's words in English.
import type { BylineWords } from '../types';

export const byline: BylineWords = {
  by: 'By ',
  // British English joins names with no serial comma ("A, B and C"), the house style.
  names: 'en-GB',
  name: (name) => name,
  role: (role) => `, ${role}`,
};
