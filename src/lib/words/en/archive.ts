// The archive page's words in English.
import type { ArchiveWords } from '../types';

export const archive: ArchiveWords = {
  dayParts: { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' },
  day: (d) => `${d.weekday} ${d.day} ${d.month} ${d.year}`,
  before: (day) => `Stories before ${day}`,
  latest: 'Latest stories',
  back: 'Back to the newest stories',
  noneBefore: 'No stories before that date.',
  empty: 'No stories in the archive yet.',
  end: 'You have reached the oldest story in the archive.',
  jump: 'Stories before',
  go: 'Go',
};
