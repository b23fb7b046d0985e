// The RSS feeds' words in English.
import type { FeedWords } from '../types';

export const feeds: FeedWords = {
  latest: (publication) => `The latest stories from ${publication}.`,
  topic: (topic, publication) => `The latest stories on ${topic} from ${publication}.`,
};
