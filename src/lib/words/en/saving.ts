// Why a story could not be saved, in English.
import type { SavingWords } from '../types';

export const saving: SavingWords = {
  quota: 'There is not enough storage space to save this story. Remove some saved stories or free up space, then try again.',
  unavailable: 'This browser is not letting Lede store stories (storage may be disabled or in private mode).',
  network: 'The story could not be downloaded for saving. Check your connection and try again.',
  content: 'The news service did not send this story in a form Lede can keep. Try again later.',
};
