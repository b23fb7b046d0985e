// The offline and not-found pages' words in English.
import type { OfflineWords } from '../types';

export const offline: OfflineWords = {
  title: 'You are offline',
  notStored: (story) =>
    `This ${story ? 'story' : 'page'} is not stored on this device, so it cannot open until you are back online. These stories can be read now:`,
  retrying: 'Trying again…',
  retry: 'Try again',
  saved: 'Saved stories',
  noSaved: 'No saved stories on this device.',
  recent: 'Recently read',
  noRecent: 'Nothing read recently.',
  manage: 'Manage saved stories',
  notFound: { page: 'Page not found', story: 'Story not found', topic: 'Topic not found' },
  missing: {
    page: 'We could not find the page you asked for. It may have been moved or removed, or the link may be mistyped.',
    story: 'We could not find the story you asked for. It may have been moved or removed, or the link may be mistyped.',
    topic: 'We could not find the topic you asked for. It may have been moved or removed, or the link may be mistyped.',
  },
  front: 'Go to the front page',
  instead: 'Read instead',
};
