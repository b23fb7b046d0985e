// The records of saved stories in their cache: reading them (skipping what cannot be read), and the one queue every
// change to saved stories goes through.
import * as v from 'valibot';

/** How a story came to be saved: the reader's "Save for offline", or "Download for offline". */
export type SavedSource = 'reader' | 'download';

export interface SavedStory {
  slug: string;
  headline: string;
  standfirst: string;
  savedAt: string;
  /** Bytes the story and its photos take in storage. */
  bytes: number;
  /** The story's URL at the content source (first), then its photos. */
  resources: string[];
  /** The story's own time (updated, else published) when saved: a newer one means the saved copy is out of date. */
  version?: string;
  /** Absent on stories saved before downloads existed: those were all saved by the reader. */
  source?: SavedSource;
}

/** Lede's own entries in the saved cache (records, the download's note) live under this path; resources never do. */
export const OWN_PATH = '/__lede/';
const RECORD_PATH = `${OWN_PATH}saved/`;

export function recordUrl(slug: string): string {
  return new URL(`${RECORD_PATH}${encodeURIComponent(slug)}`, window.location.origin).href;
}

/** A record as stored; those saved before the one-vocabulary rename call the standfirst `dek`. */
const SavedRecordSchema = v.object({
  slug: v.string(),
  headline: v.string(),
  standfirst: v.optional(v.string()),
  dek: v.optional(v.string()),
  savedAt: v.string(),
  bytes: v.number(),
  resources: v.array(v.string()),
  version: v.optional(v.string()),
  source: v.optional(v.picklist(['reader', 'download'])),
});

export interface SavedRecords {
  stories: SavedStory[];
  /** Records that are not valid JSON or not a saved story's record (a write cut short, an old bug). */
  unreadable: string[];
}

async function readRecord(cache: Cache, request: Request): Promise<SavedStory | 'unreadable' | null> {
  const response = await cache.match(request);
  if (!response) return null;
  const parsed = v.safeParse(SavedRecordSchema, await response.json().catch(() => null));
  if (!parsed.success) return 'unreadable';
  const { dek, standfirst, ...story } = parsed.output;
  return { ...story, standfirst: standfirst ?? dek ?? '' };
}

/** Every record in the saved cache: one that cannot be read is set aside, never in the way of the others. */
export async function readRecords(cache: Cache): Promise<SavedRecords> {
  const requests = (await cache.keys()).filter((request) => new URL(request.url).pathname.startsWith(RECORD_PATH));
  const records = await Promise.all(requests.map(async (request) => [request.url, await readRecord(cache, request)] as const));
  const stories: SavedStory[] = [];
  const unreadable: string[] = [];
  for (const [url, record] of records) {
    if (record === 'unreadable') unreadable.push(url);
    else if (record) stories.push(record);
  }
  return { stories, unreadable };
}

/**
 * The readable records, after deleting the unreadable ones and every resource no readable record lists (which only
 * an unreadable one could have used). Only inside `changeSaved`: no save is half-written then.
 */
export async function readAndClean(cache: Cache): Promise<SavedStory[]> {
  const { stories, unreadable } = await readRecords(cache);
  if (unreadable.length === 0) return stories;
  await Promise.all(unreadable.map((url) => cache.delete(url)));
  const used = new Set(stories.flatMap((story) => story.resources));
  const unused = (await cache.keys()).map((request) => request.url).filter((url) => !used.has(url) && !new URL(url).pathname.startsWith(OWN_PATH));
  await Promise.all(unused.map((url) => cache.delete(url)));
  return stories;
}

let lastChange: Promise<unknown> = Promise.resolve();

/**
 * Runs `change` once every change to saved stories started before it has ended (saves, removals, a download's
 * stories and its note): each reads which resources the others use, so two must never interleave.
 */
export function changeSaved<T>(change: () => Promise<T>): Promise<T> {
  const run = lastChange.then(change);
  lastChange = run.catch(() => undefined);
  return run;
}
