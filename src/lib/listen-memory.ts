// What Listen remembers on this device: the reader's speed and whether captions and embedded posts are read, and
// where reading aloud stopped in each story (kept like the reading position: a few dozen stories, newest first).
import { readStoredRecord, writeStored, writeStoredRecord } from './storage';

const SETTINGS_KEY = 'lede:listen';
const PLACES_KEY = 'lede:listen-places';
const MAX_STORIES = 40;

export interface ListenSettings {
  /** Speech rate, 1 = normal (the player keeps it within its range). */
  speed: number;
  /** Read photo captions, credits and embedded posts, announced as such. */
  extras: boolean;
}

export const DEFAULT_LISTEN_SETTINGS: ListenSettings = { speed: 1, extras: true };

export function readListenSettings(): ListenSettings {
  const stored = readStoredRecord<unknown>(SETTINGS_KEY);
  return {
    speed: typeof stored.speed === 'number' ? stored.speed : DEFAULT_LISTEN_SETTINGS.speed,
    extras: typeof stored.extras === 'boolean' ? stored.extras : DEFAULT_LISTEN_SETTINGS.extras,
  };
}

export function saveListenSettings(settings: ListenSettings): void {
  writeStored(SETTINGS_KEY, JSON.stringify(settings));
}

/** Where reading aloud stopped: the utterance's index and its sentence (to find it again if the script changed). */
export interface ListenPlaceMemory {
  index: number;
  sentence: string;
}

interface Stored extends ListenPlaceMemory {
  at: string;
}

const isPlace = (value: Partial<Stored> | undefined): value is Stored =>
  Number.isInteger(value?.index) && value!.index! > 0 && typeof value?.sentence === 'string';

/** Where reading aloud stopped in `key` (a story's or a post's address), or null at the start. */
export function readListenPlace(key: string): ListenPlaceMemory | null {
  const stored = readStoredRecord<Partial<Stored>>(PLACES_KEY)[key];
  return isPlace(stored) ? { index: stored.index, sentence: stored.sentence } : null;
}

/** Remembers where reading aloud stopped; null (the start, or the end) forgets the place. */
export function saveListenPlace(key: string, place: ListenPlaceMemory | null): void {
  const all = readStoredRecord<Stored>(PLACES_KEY);
  if (place && place.index > 0) all[key] = { ...place, at: new Date().toISOString() };
  else if (key in all) delete all[key];
  else return;
  writeStoredRecord(PLACES_KEY, all, (entry) => entry.at, MAX_STORIES);
}
