// The saved stories page's words in English.
import { plural } from '../format';
import type { SavedWords } from '../types';

export const saved: SavedWords = {
  title: 'Saved stories',
  checking: 'Checking saved stories…',
  unreadable: 'Your saved stories could not be read: this browser is not letting Lede open its storage.',
  count: (count, size) => plural(count, { one: `${count} story saved, using ${size}.`, other: `${count} stories saved, using ${size}.` }),
  usage: (used, allowed) => ` Lede uses ${used} of the ${allowed} this browser allows.`,
  downloaded: 'Downloaded top stories',
  checkingDownloads: 'Checking downloads…',
  noDownload: 'No download yet. “Download for offline” saves the top stories here.',
  refreshed: (time) => `Last refreshed ${time}.`,
  partial: 'Not completely downloaded yet.',
  last: (time, cancelled, done, total) =>
    `The latest download (${time}) ${cancelled ? 'was cancelled' : 'stopped'} after ${done} of ${total} stories.`,
  oneByOne: 'Saved one by one',
  noneSaved: 'No saved stories yet. Use “Save for offline” on a story to keep it on this device.',
  remove: 'Remove',
  removeLabel: (headline) => `Remove “${headline}” from saved`,
};
