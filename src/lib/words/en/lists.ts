// Lists of stories in English.
import { plural } from '../format';
import type { ListsWords } from '../types';

export const lists: ListsWords = {
  top: 'Top stories',
  noStories: 'No stories yet. Check back soon.',
  readOffline: 'Read offline',
  offlineOffer: 'Take the top stories with you: their text and photos, sized for this screen, saved on this device.',
  popular: 'Most popular',
  weekPopular: "This week's most popular",
  popularTitle: 'Most popular this week',
  ranked: 'Ranked by readers',
  similar: 'Similar',
  noSimilar: 'No similar stories yet.',
  noRank: 'Nothing to rank yet this week.',
  archiveLink: (link) => [link, ': every story, by day'],
  loadingMore: 'Loading more stories…',
  loadMore: 'Load more stories',
  end: 'You have reached the end of the list.',
  more: 'More stories',
  shown: (count) => plural(count, { one: `${count} story shown.`, other: `${count} stories shown.` }),
  latestIn: (topic) => `Latest in ${topic}`,
  noTopicStories: 'No stories in this topic yet.',
  topicEnd: (topic) => `That is every story in ${topic}.`,
  failed: (what) => `${what} could not be loaded.`,
  error: 'Something went wrong.',
  retrying: 'Retrying…',
  retry: 'Try again',
};
