// Stories saved for offline reading, kept in Cache Storage (the service worker serves them when the network cannot).
import type { ContentSource } from '../api/source';
import type { Image } from '../api/image';
import type { Story } from '../api/story';
import { safeImageSrc } from '../lib/safe-url';
import { SAVED_CACHE } from '../lib/cache-names';
import { changeSaved, readAndClean, readRecords, recordUrl, type SavedSource, type SavedStory } from './saved-records';
import { saving } from '#words/saving';

export type { SavedSource, SavedStory } from './saved-records';

/** The time that changes when a story changes: its update time, else its publication time. */
export function storyVersion(story: { publishedAt: string; updatedAt?: string | null }): string {
  return story.updatedAt ?? story.publishedAt;
}

/** True when the saved copy is as new as the story now is (stories saved before versions were kept: by save time). */
export function isSavedCopyCurrent(saved: SavedStory, story: { publishedAt: string; updatedAt?: string | null }): boolean {
  return Date.parse(saved.version ?? saved.savedAt) >= Date.parse(storyVersion(story));
}

export type SaveErrorKind = 'quota' | 'unavailable' | 'network' | 'content';

const MESSAGES: Record<SaveErrorKind, string> = saving;

export class SaveError extends Error {
  override readonly name = 'SaveError';
  constructor(
    readonly kind: SaveErrorKind,
    options?: { cause?: unknown },
  ) {
    super(MESSAGES[kind], options);
  }
}

function absolute(url: string): string {
  return new URL(url, window.location.origin).href;
}

/** Every photo a story shows: the hero, then each figure's. */
export function storyPhotos(story: Story): Image[] {
  return [story.hero, ...story.body.map((block) => (block.type === 'figure' ? block.image : null))].filter((image): image is Image => Boolean(image));
}

/**
 * The story's URL at its content source (first: the address the app requests it from, which the service worker's
 * saved-copy fallback matches) and every photo rendition it shows, so it reads fully offline.
 */
export function storyResources(source: ContentSource, story: Story): string[] {
  const urls = new Set<string>([absolute(source.storyUrl(story.slug))]);
  for (const image of storyPhotos(story)) {
    for (const candidate of [image.url, ...image.renditions.map((r) => r.url)]) {
      const src = safeImageSrc(candidate);
      if (src) urls.add(absolute(src));
    }
  }
  return [...urls];
}

export async function openSaved(): Promise<Cache> {
  if (typeof caches === 'undefined') throw new SaveError('unavailable');
  try {
    return await caches.open(SAVED_CACHE);
  } catch (cause) {
    throw new SaveError('unavailable', { cause });
  }
}

/** A storage or network failure as the reader-facing error it is. */
export function classify(error: unknown): SaveError {
  if (error instanceof SaveError) return error;
  const name = (error as { name?: string } | null)?.name;
  if (name === 'QuotaExceededError') return new SaveError('quota', { cause: error });
  if (name === 'SecurityError' || name === 'InvalidStateError') return new SaveError('unavailable', { cause: error });
  return new SaveError('network', { cause: error });
}

async function sizeOf(cache: Cache, url: string): Promise<number> {
  const response = await cache.match(url);
  return response ? (await response.blob()).size : 0;
}

/** The story is kept only as the source's JSON: never a host's HTML page (an app's fallback to index.html) or other text. */
async function mustBeJson(response: Response): Promise<void> {
  if (!/\bjson\b/i.test(response.headers.get('content-type') ?? '')) throw new SaveError('content');
  try {
    await response.clone().json();
  } catch (cause) {
    throw new SaveError('content', { cause });
  }
}

/** The longest a save may take, every resource's headers and body: a stalled photo never leaves "Saving…" for ever. */
export const SAVE_TIMEOUT_MS = 60_000;

/**
 * One resource to keep, or null for a photo that cannot be kept. Everything is fetched with CORS under a deadline
 * (the body is read by `cache.put` under the same signal). A photo on another origin (a CDN, WordPress's uploads)
 * whose host does not let Lede read it is not kept: stored opaque it would count as megabytes of the reader's quota
 * and its size could not be read (decision 029); offline the story shows its caption and description instead.
 */
async function fetchForSaving(url: string, isStory: boolean, signal: AbortSignal): Promise<Response | null> {
  const otherOrigin = new URL(url, window.location.origin).origin !== window.location.origin;
  let response: Response;
  try {
    response = await fetch(url, { mode: 'cors', signal });
  } catch (error) {
    // A photo of another origin that fails here was refused (no CORS) or unreachable: kept without it.
    if (otherOrigin && !isStory && !signal.aborted) return null;
    throw error;
  }
  if (!response.ok) {
    if (otherOrigin && !isStory) return null;
    throw new TypeError(`HTTP ${response.status} for ${url}`);
  }
  if (isStory) await mustBeJson(response);
  return response;
}

/** Deletes what this save wrote that no earlier save uses (`kept`): they stay exactly as they were. */
async function rollBack(cache: Cache, resources: string[], kept: Set<string>): Promise<void> {
  await Promise.all(resources.filter((url) => !kept.has(url)).map((url) => cache.delete(url).catch(() => false)));
}

/** Stores a story's fetched resources and then its record, all or nothing; runs inside `changeSaved`. */
async function store(cache: Cache, story: Story, resources: string[], responses: Response[], savedBy: SavedSource): Promise<SavedStory> {
  const before = await readAndClean(cache);
  const kept = new Set(before.flatMap((saved) => saved.resources));
  // Every write is waited for, failed or not, before undoing: a write still in flight would land after the undo.
  const writes = await Promise.allSettled(responses.map((response, index) => cache.put(resources[index] as string, response)));
  const failed = writes.find((write): write is PromiseRejectedResult => write.status === 'rejected');
  if (failed) {
    await rollBack(cache, resources, kept);
    throw failed.reason;
  }
  const bytes = (await Promise.all(resources.map((url) => sizeOf(cache, url)))).reduce((a, b) => a + b, 0);
  const saved: SavedStory = {
    slug: story.slug,
    headline: story.headline,
    standfirst: story.standfirst,
    savedAt: new Date().toISOString(),
    bytes,
    resources,
    version: storyVersion(story),
    source: savedBy,
  };
  try {
    await cache.put(recordUrl(story.slug), Response.json(saved));
  } catch (error) {
    await rollBack(cache, resources, kept);
    throw error;
  }
  // A re-saved story may keep fewer photo sizes: those no saved story uses any more go.
  const previous = before.find((entry) => entry.slug === story.slug);
  const used = new Set([...before.filter((entry) => entry.slug !== story.slug).flatMap((entry) => entry.resources), ...resources]);
  await Promise.all((previous?.resources ?? []).filter((url) => !used.has(url)).map((url) => cache.delete(url)));
  return saved;
}

export interface SaveOptions {
  /** What to store, the story's URL first; every rendition of every photo unless a download chose the ones this device shows. */
  resources?: string[];
  savedBy?: SavedSource;
  /** Cancels the save (a download's Cancel). */
  signal?: AbortSignal;
}

export async function saveStory(
  source: ContentSource,
  story: Story,
  { resources = storyResources(source, story), savedBy = 'reader', signal }: SaveOptions = {},
): Promise<SavedStory> {
  // One deadline for the whole save, bodies included (they are read as they are stored); a timer, not
  // AbortSignal.timeout, so that it stops with the save.
  const deadline = new AbortController();
  const timer = setTimeout(() => deadline.abort(new DOMException('The save took too long.', 'TimeoutError')), SAVE_TIMEOUT_MS);
  const stop = signal ? AbortSignal.any([signal, deadline.signal]) : deadline.signal;
  try {
    const cache = await openSaved();
    // Fetched before taking a turn: only the changes to storage wait for each other.
    const fetched = await Promise.all(resources.map((url, index) => fetchForSaving(url, index === 0, stop)));
    const kept = resources.flatMap((url, index) => (fetched[index] ? [{ url, response: fetched[index] }] : []));
    return await changeSaved(() =>
      store(
        cache,
        story,
        kept.map((entry) => entry.url),
        kept.map((entry) => entry.response),
        savedBy,
      ),
    );
  } catch (error) {
    throw classify(error);
  } finally {
    clearTimeout(timer);
  }
}

export async function listSavedStories(): Promise<SavedStory[]> {
  // `has` first: opening would create an empty cache just by looking.
  if (typeof caches === 'undefined' || !(await caches.has(SAVED_CACHE))) return [];
  const { stories } = await readRecords(await caches.open(SAVED_CACHE));
  return stories.sort((a, b) => b.savedAt.localeCompare(a.savedAt));
}

export async function removeSavedStory(slug: string): Promise<void> {
  const cache = await openSaved();
  await changeSaved(async () => {
    const all = await readAndClean(cache);
    const target = all.find((story) => story.slug === slug);
    if (!target) return;
    // The record goes first: a removal cut short leaves unused files, never a listed story that cannot open.
    await cache.delete(recordUrl(slug));
    // Photos shared with another saved story stay.
    const stillUsed = new Set(all.filter((story) => story.slug !== slug).flatMap((story) => story.resources));
    await Promise.all(target.resources.filter((url) => !stillUsed.has(url)).map((url) => cache.delete(url)));
  });
}

export async function storageEstimate(): Promise<{ usage: number; quota: number } | null> {
  if (!navigator.storage?.estimate) return null;
  const { usage, quota } = await navigator.storage.estimate();
  return usage !== undefined && quota !== undefined ? { usage, quota } : null;
}
