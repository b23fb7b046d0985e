// The RSS feeds' words in Arabic.
import type { FeedWords } from '../types';

export const feeds: FeedWords = {
  latest: (publication) => `آخر الأخبار من ${publication}.`,
  topic: (topic, publication) => `آخر الأخبار عن ${topic} من ${publication}.`,
};
