// Stories saved for offline reading, kept in Cache Storage (the service worker serves them when the network cannot).
import type { Story } from '../api/story';
import { storyUrl } from '../api/content';
import { safeImageSrc } from '../lib/safe-url';
import { SAVED_CACHE } from '../sw/names';

/** How a story came to be saved: the reader's "Save for offline", or "Download for offline". */
export type SavedSource = 'reader' | 'download';

export interface SavedStory {
  slug: string;
  headline: string;
  standfirst: string;
  savedAt: string;
  /** Bytes the story and its photos take in storage. */
  bytes: number;
  resources: string[];
  /** The story's own time (updated, else published) when saved: a newer one means the saved copy is out of date. */
  version?: string;
  /** Absent on stories saved before downloads existed: those were all saved by the reader. */
  source?: SavedSource;
}

/** The time that changes when a story changes: its update time, else its publication time. */
export function storyVersion(story: { publishedAt: string; updatedAt?: string | null }): string {
  return story.updatedAt ?? story.publishedAt;
}

/** True when the saved copy is as new as the story now is (stories saved before versions were kept: by save time). */
export function isSavedCopyCurrent(saved: SavedStory, story: { publishedAt: string; updatedAt?: string | null }): boolean {
  return Date.parse(saved.version ?? saved.savedAt) >= Date.parse(storyVersion(story));
}

export type SaveErrorKind = 'quota' | 'unavailable' | 'network';

export class SaveError extends Error {
  override readonly name = 'SaveError';
  constructor(
    readonly kind: SaveErrorKind,
    options?: { cause?: unknown },
  ) {
    super(
      kind === 'quota'
        ? 'There is not enough storage space to save this story. Remove some saved stories or free up space, then try again.'
        : kind === 'unavailable'
          ? 'This browser is not letting Lede store stories (storage may be disabled or in private mode).'
          : 'The story could not be downloaded for saving. Check your connection and try again.',
      options,
    );
  }
}

const META_PATH = '/__lede/saved/';

function metaUrl(slug: string): string {
  return new URL(`${META_PATH}${encodeURIComponent(slug)}`, window.location.origin).href;
}

function absolute(url: string): string {
  return new URL(url, window.location.origin).href;
}

/** The story's URL at the content source (first) and every photo rendition it shows, so it reads fully offline. */
export function storyResources(story: Story): string[] {
  const images = [story.hero, ...story.body.map((block) => (block.type === 'figure' ? block.image : null))];
  const urls = new Set<string>([absolute(storyUrl(story.slug))]);
  for (const image of images) {
    if (!image) continue;
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

/**
 * One resource to keep. The story itself is read by the app, so it is fetched with CORS; a photo on another origin
 * (WordPress's uploads, a CDN) is fetched as an <img> fetches it, without CORS, and kept opaque.
 */
async function fetchForSaving(url: string, isStory: boolean): Promise<Response> {
  const otherOrigin = new URL(url, window.location.origin).origin !== window.location.origin;
  const response = await fetch(url, otherOrigin && !isStory ? { mode: 'no-cors' } : {});
  if (!response.ok && response.type !== 'opaque') throw new TypeError(`HTTP ${response.status} for ${url}`);
  return response;
}

export interface SaveOptions {
  /** What to store; every rendition of every photo unless a download chose the ones this device shows. */
  resources?: string[];
  source?: SavedSource;
}

export async function saveStory(story: Story, { resources = storyResources(story), source = 'reader' }: SaveOptions = {}): Promise<SavedStory> {
  const cache = await openSaved();
  try {
    // All fetched before any is stored, and a failed store (quota) undone: earlier saves stay exactly as they were.
    const responses = await Promise.all(resources.map((url, index) => fetchForSaving(url, index === 0)));
    const kept = new Set((await listSavedStories()).flatMap((saved) => saved.resources));
    try {
      await Promise.all(responses.map((response, index) => cache.put(resources[index] as string, response)));
    } catch (error) {
      await Promise.all(resources.filter((url) => !kept.has(url)).map((url) => cache.delete(url).catch(() => false)));
      throw error;
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
      source,
    };
    const previous = (await (await cache.match(metaUrl(story.slug)))?.json()) as SavedStory | undefined;
    await cache.put(metaUrl(story.slug), Response.json(saved));
    if (previous)
      await dropUnused(
        cache,
        previous.resources.filter((url) => !resources.includes(url)),
      );
    return saved;
  } catch (error) {
    throw classify(error);
  }
}

/** A saved story's record as stored; those saved before the one-vocabulary rename call the standfirst `dek`. */
type SavedStoryRecord = Omit<SavedStory, 'standfirst'> & { standfirst?: string; dek?: string };

export async function listSavedStories(): Promise<SavedStory[]> {
  // `has` first: opening would create an empty cache just by looking.
  if (typeof caches === 'undefined' || !(await caches.has(SAVED_CACHE))) return [];
  const cache = await caches.open(SAVED_CACHE);
  const metas = (await cache.keys()).filter((request) => new URL(request.url).pathname.startsWith(META_PATH));
  const stories = await Promise.all(metas.map(async (request) => (await cache.match(request))?.json() as Promise<SavedStoryRecord> | undefined));
  return stories
    .filter((story): story is SavedStoryRecord => Boolean(story))
    .map(({ dek, ...story }) => ({ ...story, standfirst: story.standfirst ?? dek ?? '' }))
    .sort((a, b) => b.savedAt.localeCompare(a.savedAt));
}

/** Deletes those of `urls` that no saved story uses any more (a re-saved story may keep fewer photo sizes). */
async function dropUnused(cache: Cache, urls: string[]): Promise<void> {
  if (urls.length === 0) return;
  const used = new Set((await listSavedStories()).flatMap((story) => story.resources));
  await Promise.all(urls.filter((url) => !used.has(url)).map((url) => cache.delete(url)));
}

export async function removeSavedStory(slug: string): Promise<void> {
  const cache = await openSaved();
  const all = await listSavedStories();
  const target = all.find((story) => story.slug === slug);
  if (!target) return;
  // Photos shared with another saved story stay.
  const stillUsed = new Set(all.filter((story) => story.slug !== slug).flatMap((story) => story.resources));
  await Promise.all(target.resources.filter((url) => !stillUsed.has(url)).map((url) => cache.delete(url)));
  await cache.delete(metaUrl(slug));
}

export async function storageEstimate(): Promise<{ usage: number; quota: number } | null> {
  if (!navigator.storage?.estimate) return null;
  const { usage, quota } = await navigator.storage.estimate();
  return usage !== undefined && quota !== undefined ? { usage, quota } : null;
}
