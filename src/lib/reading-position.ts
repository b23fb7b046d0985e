// Where the reader stopped in each long story (share of the article scrolled), kept on this device.
import { readStored, writeStored } from './storage';

const KEY = 'lede:reading-positions';
const MAX_STORIES = 40;

interface Position {
  progress: number;
  at: string;
}

function readAll(): Record<string, Position> {
  try {
    const parsed: unknown = JSON.parse(readStored(KEY) ?? '{}');
    return parsed && typeof parsed === 'object' ? (parsed as Record<string, Position>) : {};
  } catch {
    return {};
  }
}

/** The saved progress (0–1) worth offering to resume: past the opening and before the end. */
export function resumableProgress(slug: string): number | null {
  const progress = readAll()[slug]?.progress;
  return typeof progress === 'number' && progress > 0.12 && progress < 0.92 ? progress : null;
}

export function saveProgress(slug: string, progress: number): void {
  const all = readAll();
  all[slug] = { progress: Math.min(1, Math.max(0, progress)), at: new Date().toISOString() };
  const kept = Object.entries(all)
    .sort(([, a], [, b]) => b.at.localeCompare(a.at))
    .slice(0, MAX_STORIES);
  writeStored(KEY, JSON.stringify(Object.fromEntries(kept)));
}
