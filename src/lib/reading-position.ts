// Where the reader stopped in each long story (share of the story scrolled), kept on this device.
import { readStoredRecord, writeStoredRecord } from './storage';

const KEY = 'lede:reading-positions';
const MAX_STORIES = 40;

interface Position {
  progress: number;
  at: string;
}

/** The saved progress (0–1) worth offering to resume: past the opening and before the end. */
export function resumableProgress(slug: string): number | null {
  const progress = readStoredRecord<Position>(KEY)[slug]?.progress;
  return typeof progress === 'number' && progress > 0.12 && progress < 0.92 ? progress : null;
}

export function saveProgress(slug: string, progress: number): void {
  const all = readStoredRecord<Position>(KEY);
  all[slug] = { progress: Math.min(1, Math.max(0, progress)), at: new Date().toISOString() };
  writeStoredRecord(KEY, all, (entry) => entry.at, MAX_STORIES);
}
