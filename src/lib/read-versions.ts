// The version of each story the reader last read (kept on this device), to show what changed since.
import type { Story } from '../api/story';
import { readStoredRecord, writeStoredRecord } from './storage';
import { blockText } from './story-diff';

export interface ReadVersion {
  updatedAt: string | null;
  readAt: string;
  /** Visible text of each body block, in order. */
  blocks: string[];
}

const KEY = 'lede:read-versions';
/** Stories remembered; the oldest reads are forgotten first. */
const MAX_STORIES = 40;

export function readVersionOf(slug: string): ReadVersion | null {
  const version = readStoredRecord<ReadVersion>(KEY)[slug];
  return version && Array.isArray(version.blocks) && typeof version.readAt === 'string' ? version : null;
}

export function rememberReadVersion(story: Story, now: Date = new Date()): void {
  const all = readStoredRecord<ReadVersion>(KEY);
  all[story.slug] = { updatedAt: story.updatedAt, readAt: now.toISOString(), blocks: story.body.map(blockText) };
  writeStoredRecord(KEY, all, (entry) => entry.readAt, MAX_STORIES);
}
