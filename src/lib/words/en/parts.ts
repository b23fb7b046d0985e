// What the front page and a story page both show, in English.
import type { PartsWords } from '../types';

export const parts: PartsWords = {
  hot: 'Hot topics',
  hideHot: 'Hide hot topics',
  photo: 'Photo: ',
  more: 'More stories',
};
