// Remembers the version of a story the reader has read (src/model/read-versions.ts reads it back): loaded by the
// story page after it shows, so no page's first load carries it.
import type { Story } from '../api/story';
import { LEGACY_READ_VERSIONS_KEY, readStored, readStoredRecord, removeStored } from '../lib/storage';
import { asReadVersion, MAX_READ_VERSIONS, openVersions, READ_AT_HEADER, versionUrl, type ReadVersion } from './read-versions';
import { blockText } from './story-diff';

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
