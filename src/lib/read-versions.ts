// The version of each story the reader last read (kept on this device), to show what changed since.
import type { Article } from '../api/article';
import { readStored, writeStored } from './storage';
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

function readAll(): Record<string, ReadVersion> {
  try {
    const parsed: unknown = JSON.parse(readStored(KEY) ?? '{}');
    return parsed && typeof parsed === 'object' ? (parsed as Record<string, ReadVersion>) : {};
  } catch {
    return {};
  }
}

export function readVersionOf(slug: string): ReadVersion | null {
  const version = readAll()[slug];
  return version && Array.isArray(version.blocks) && typeof version.readAt === 'string' ? version : null;
}

export function rememberReadVersion(article: Article, now: Date = new Date()): void {
  const all = readAll();
  all[article.slug] = { updatedAt: article.updatedAt, readAt: now.toISOString(), blocks: article.body.map(blockText) };
  const kept = Object.entries(all)
    .sort(([, a], [, b]) => b.readAt.localeCompare(a.readAt))
    .slice(0, MAX_STORIES);
  writeStored(KEY, JSON.stringify(Object.fromEntries(kept)));
}
