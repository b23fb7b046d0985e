// Live coverage's words in English.
import { plural } from '../format';
import type { LiveWords } from '../types';

const posts = (n: number) => plural(n, { one: `${n} new post`, other: `${n} new posts` });

export const live: LiveWords = {
  live: 'Live',
  ended: 'Ended',
  coverageEnded: (time) => ['Coverage ended ', time],
  lastUpdated: (time) => ['Last updated ', time],
  edited: (time) => ['Updated ', time],
  newPosts: posts,
  arrived: (n) => `${posts(n)}. Use the button “Show ${posts(n)}” to read ${plural(n, { one: 'it', other: 'them' })}.`,
  show: (n) => `Show ${posts(n)}`,
  unread: (n, title) => `${n > 0 ? `(${n}) ` : ''}${title}`,
  keyPoints: 'Key points',
  keyEvents: 'Key events',
  keyEvent: 'Key event',
  pinnedPost: 'Pinned post',
  pinnedAt: (title) => `${title ? `“${title}” is` : 'This post is'} pinned at the top of the page.`,
  readThere: 'Read it there',
  latest: 'Latest posts',
  theLatest: 'The latest posts',
  loadingLatest: 'Loading the latest posts…',
  newer: 'Show newer posts',
  none: 'No posts yet. New posts will appear here.',
  older: 'Older posts',
  loadingOlder: 'Loading older posts…',
  showOlder: 'Show older posts',
  began: 'This is where the coverage began.',
  missing: 'The post you followed a link to is no longer part of this coverage.',
  soFar: 'The story so far',
  isNew: 'New since your last visit',
  newsroom: (time) => `From the newsroom, ${time ? `post of ${time}` : 'pinned post'}`,
};
