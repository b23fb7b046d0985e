// The newest post of each live story this device has shown, to mark the posts added since on the reader's return.
import type { LastSeen } from './live-posts';
import { readStoredRecord, writeStoredRecord } from '../lib/storage';

interface Stored extends LastSeen {
  at: string;
}

const KEY = 'lede:live-last-seen';
/** Live stories remembered; the least recently seen are forgotten first. */
const MAX_STORIES = 40;

export function lastSeenFor(slug: string): LastSeen | null {
  const seen = readStoredRecord<Stored>(KEY)[slug];
  return seen && typeof seen.id === 'string' && typeof seen.publishedAt === 'string' ? { id: seen.id, publishedAt: seen.publishedAt } : null;
}

export function rememberLastSeen(slug: string, seen: LastSeen, now: Date = new Date()): void {
  const all = readStoredRecord<Stored>(KEY);
  const held = all[slug];
  if (held && held.id === seen.id) return;
  all[slug] = { ...seen, at: now.toISOString() };
  writeStoredRecord(KEY, all, (entry) => entry.at, MAX_STORIES);
}
