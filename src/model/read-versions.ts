// The version of each story the reader last read, kept on this device to show what changed since: whole bodies, so
// in Cache Storage and bounded, never in localStorage, which keeps small records only (decision 030). Reading is
// here (the story loader needs it); remembering is in remember-read-version.ts, which the page loads after it shows.
import { LEGACY_READ_VERSIONS_KEY, readStoredRecord } from '../lib/storage';

export interface ReadVersion {
  updatedAt: string | null;
  readAt: string;
  /** Visible text of each body block, in order. */
  blocks: string[];
}

/** Only the page uses this cache; the worker's caches are named in src/lib/cache-names.ts. */
export const READ_VERSIONS_CACHE = 'lede-read-versions-v1';
/** Stories remembered; the oldest reads are forgotten first. */
export const MAX_READ_VERSIONS = 40;
/** Each entry's read time, so the oldest can be found without reading every body. */
export const READ_AT_HEADER = 'x-lede-read-at';

export const versionUrl = (slug: string) => new URL(`/__lede/read/${encodeURIComponent(slug)}`, window.location.origin).href;

export function asReadVersion(value: unknown): ReadVersion | null {
  const version = value as Partial<ReadVersion> | null;
  if (!version || typeof version.readAt !== 'string' || !Array.isArray(version.blocks)) return null;
  if (!version.blocks.every((block) => typeof block === 'string')) return null;
  return { updatedAt: typeof version.updatedAt === 'string' ? version.updatedAt : null, readAt: version.readAt, blocks: version.blocks };
}

/** The cache, or null without Cache Storage; when only reading, null too until something was stored. */
export async function openVersions(forWriting: boolean): Promise<Cache | null> {
  if (typeof caches === 'undefined') return null;
  // `has` first when reading: opening would create an empty cache just by looking.
  if (!forWriting && !(await caches.has(READ_VERSIONS_CACHE))) return null;
  return caches.open(READ_VERSIONS_CACHE);
}

/** The version of `slug` the reader last read on this device, or null (never read, forgotten, or unreadable). */
export async function readVersionOf(slug: string): Promise<ReadVersion | null> {
  try {
    const stored = await (await openVersions(false))?.match(versionUrl(slug));
    if (stored) return asReadVersion(await stored.json());
  } catch {
    // Storage that cannot be read means "not remembered".
  }
  return asReadVersion(readStoredRecord<unknown>(LEGACY_READ_VERSIONS_KEY)[slug]);
}
