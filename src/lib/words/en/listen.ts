// Listen's words in English.
import type { ListenWords } from '../types';

export const listen: ListenWords = {
  listen: 'Listen',
  panel: 'Reading aloud',
  pause: 'Pause',
  resume: 'Resume',
  previous: 'Previous',
  next: 'Next',
  sentence: ' sentence',
  stop: 'Stop',
  speed: 'Speed',
  rate: (speed) => `${speed}×`,
  extras: 'Read captions and embedded posts',
  status: (paused, at, count) => `${paused ? 'Paused at' : 'Reading'} sentence ${at} of ${count}`,
  caption: (sentence) => `Photo caption: ${sentence}`,
  credit: (credit) => `Photo credit: ${credit}`,
  embed: (author, sentence) => `Embedded post by ${author}: ${sentence}`,
  embedOn: (network, sentence) => `Embedded post on ${network}: ${sentence}`,
};
