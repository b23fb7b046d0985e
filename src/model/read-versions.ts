// The version of each story the reader last read, kept on this device to show what changed since: whole bodies, so
// in Cache Storage and bounded, never in localStorage, which keeps small records only (decision 030).
import type { Story } from '../api/story';
import { LEGACY_READ_VERSIONS_KEY, readStored, readStoredRecord, removeStored } from '../lib/storage';
import { blockText } from './story-diff';

export interface ReadVersion {
  updatedAt: string | null;
  readAt: string;
  /** Visible text of each body block, in order. */
  blocks: string[];
}

/** Only the page uses this cache; the worker's caches are named in src/sw/names.ts. */
export const READ_VERSIONS_CACHE = 'lede-read-versions-v1';
/** Stories remembered; the oldest reads are forgotten first. */
export const MAX_READ_VERSIONS = 40;
/** Each entry's read time, so the oldest can be found without reading every body. */
const READ_AT_HEADER = 'x-lede-read-at';

const versionUrl = (slug: string) => new URL(`/__lede/read/${encodeURIComponent(slug)}`, window.location.origin).href;

function asReadVersion(value: unknown): ReadVersion | null {
  const version = value as Partial<ReadVersion> | null;
  if (!version || typeof version.readAt !== 'string' || !Array.isArray(version.blocks)) return null;
  if (!version.blocks.every((block) => typeof block === 'string')) return null;
  return { updatedAt: typeof version.updatedAt === 'string' ? version.updatedAt : null, readAt: version.readAt, blocks: version.blocks };
}

/** The cache, or null without Cache Storage; when only reading, null too until something was stored. */
async function openVersions(forWriting: boolean): Promise<Cache | null> {
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

const entry = (version: ReadVersion) => Response.json(version, { headers: { [READ_AT_HEADER]: version.readAt } });

/** Moves the versions an earlier release kept in localStorage into the cache, freeing localStorage for the rest. */
async function moveLegacy(cache: Cache): Promise<void> {
  if (readStored(LEGACY_READ_VERSIONS_KEY) === null) return;
  const legacy = Object.entries(readStoredRecord<unknown>(LEGACY_READ_VERSIONS_KEY));
  await Promise.all(
    legacy.map(async ([slug, value]) => {
      const version = asReadVersion(value);
      if (version && !(await cache.match(versionUrl(slug)))) await cache.put(versionUrl(slug), entry(version));
    }),
  );
  removeStored(LEGACY_READ_VERSIONS_KEY);
}

/** Forgets the oldest reads beyond the bound. */
async function trim(cache: Cache): Promise<void> {
  const requests = await cache.keys();
  if (requests.length <= MAX_READ_VERSIONS) return;
  const readAt = await Promise.all(requests.map(async (request) => (await cache.match(request))?.headers.get(READ_AT_HEADER) ?? ''));
  const oldestFirst = requests.map((request, index) => ({ request, at: readAt[index] ?? '' })).sort((a, b) => a.at.localeCompare(b.at));
  await Promise.all(oldestFirst.slice(0, requests.length - MAX_READ_VERSIONS).map(({ request }) => cache.delete(request)));
}

/** Remembers `story` as the version last read; false when it could not be stored (no Cache Storage, no space). */
export async function rememberReadVersion(story: Story, now: Date = new Date()): Promise<boolean> {
  const version: ReadVersion = { updatedAt: story.updatedAt, readAt: now.toISOString(), blocks: story.body.map(blockText) };
  try {
    const cache = await openVersions(true);
    if (!cache) {
      // Nowhere to keep versions: at least the old record stops taking the space of every other store.
      removeStored(LEGACY_READ_VERSIONS_KEY);
      return false;
    }
    await moveLegacy(cache);
    await cache.put(versionUrl(story.slug), entry(version));
    await trim(cache);
    return true;
  } catch {
    return false;
  }
}
