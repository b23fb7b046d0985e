// What went wrong, in English.
import type { ErrorsWords } from '../types';

export const errors: ErrorsWords = {
  content: {
    http: 'The news service had a problem.',
    'not-found': 'We could not find that.',
    'not-on-device': 'This is not on your device, and the news service cannot be reached.',
    timeout: 'The news service is taking too long to answer.',
    offline: 'You appear to be offline.',
    network: 'We could not reach the news service.',
    'invalid-json': 'The news service sent something we could not read.',
    'invalid-shape': 'The news service sent content in a form we do not understand.',
  },
  title: 'Something went wrong',
  heading: 'This page could not be loaded',
  still: 'Your connection and everything else on Lede still work.',
  retrying: 'Trying again…',
  retry: 'Try again',
  front: 'Go to the front page',
};
