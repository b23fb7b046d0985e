// A story page's words in English.
import { formatNumber } from '../format';
import type { StoryWords } from '../types';

export const story: StoryWords = {
  published: (time) => ['Published ', time],
  updated: (time) => ['Updated ', time],
  read: (minutes) => `${formatNumber(minutes, { style: 'unit', unit: 'minute', unitDisplay: 'short' })} read`,
  update: (time) => ['Update ', time, ':'],
  copied: 'Link copied to the clipboard.',
  copy: 'Copy this link: ',
  saving: 'Saving…',
  saved: 'Saved for offline reading',
  remove: 'Remove from saved',
  topics: 'Topics in this story',
  newsroom: 'From the newsroom',
  added: ['New', 'Added since your last visit:'],
  edited: ['Updated', 'Changed since your last visit:'],
  newTab: ' (opens in a new tab)',
  on: (network, byAuthor) => `${byAuthor ? ' on' : 'On'} ${network}`,
  viewPost: 'View original post',
  viewOn: (network) => `View on ${network}`,
};
