// What changed in a story, and a story page's offers, in English.
import { formatNumber } from '../format';
import type { ChangesWords } from '../types';

export const changes: ChangesWords = {
  changed: (read, updated) =>
    updated
      ? ['This story has changed since you last read it (', read, '); it was updated ', updated, '.']
      : ['This story has changed since you last read it (', read, ').'],
  now: 'You are now reading the updated story.',
  marked: 'Changed paragraphs are marked.',
  since: 'Changes since your last visit',
  what: 'What changed',
  added: 'Added:',
  edited: 'Updated:',
  removed: 'Removed:',
  updated: 'This story has been updated',
  show: 'Show',
  resume: 'Continue reading',
  progress: (share) => `You read ${formatNumber(share, { style: 'percent' })} of this story.`,
  carryOn: 'Continue where you stopped',
  top: 'Start from the top',
  no: 'No thanks',
};
