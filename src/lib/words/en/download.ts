// The download's progress in English.
import { plural } from '../format';
import type { DownloadWords } from '../types';

const stories = (n: number) => plural(n, { one: `${n} story`, other: `${n} stories` });
const downloaded = (size: string | null) => (size ? ` (${size} downloaded)` : '');

export const download: DownloadWords = {
  panel: 'Download for offline',
  bar: 'Stories downloaded',
  finding: 'Finding the top stories…',
  running: (textOnly, done, total, size) =>
    `${textOnly ? 'Downloading text only (data saver)' : 'Downloading for offline'}: ${done} of ${stories(total)}, ${size}`,
  ready: (ready, total, size, failed) =>
    `Ready offline: ${ready} of ${stories(total)}${downloaded(size)}.${failed > 0 ? ` ${stories(failed)} could not be downloaded; try again later.` : ''}`,
  cancelled: (ready, total, size) =>
    `Download cancelled. ${ready} of ${stories(total)} are ready offline${downloaded(size)}; nothing saved before was removed.`,
  notStarted: (why) => `The download could not start. ${why}`.trim(),
  stopped: (ready, total, why) =>
    `The download stopped after ${ready} of ${stories(total)}: ${why ?? 'something went wrong.'} Stories saved so far are kept.`,
  cancelling: 'Cancelling…',
  cancel: 'Cancel download',
  close: 'Close',
};
