// Stories saved for offline reading, kept in Cache Storage (the service worker serves them when the network cannot).
import type { Article } from '../api/article';
import { storyUrl } from '../api/content';
import { safeImageSrc } from '../lib/safe-url';
import { SAVED_CACHE } from '../sw/names';

export interface SavedStory {
  slug: string;
  headline: string;
  dek: string;
  savedAt: string;
  /** Bytes the story and its photos take in storage. */
  bytes: number;
  resources: string[];
}

export type SaveErrorKind = 'quota' | 'unavailable' | 'network';

export class SaveError extends Error {
  override readonly name = 'SaveError';
  constructor(readonly kind: SaveErrorKind, options?: { cause?: unknown }) {
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
export function storyResources(article: Article): string[] {
  const images = [article.hero, ...article.body.map((block) => (block.type === 'figure' ? block.image : null))];
  const urls = new Set<string>([absolute(storyUrl(article.slug))]);
  for (const image of images) {
    if (!image) continue;
    for (const candidate of [image.url, ...image.renditions.map((r) => r.url)]) {
      const src = safeImageSrc(candidate);
      if (src) urls.add(absolute(src));
    }
  }
  return [...urls];
}

async function openSaved(): Promise<Cache> {
  if (typeof caches === 'undefined') throw new SaveError('unavailable');
  try {
    return await caches.open(SAVED_CACHE);
  } catch (cause) {
    throw new SaveError('unavailable', { cause });
  }
}

function classify(error: unknown): SaveError {
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
  const otherOrigin = new URL(url).origin !== window.location.origin;
  const response = await fetch(url, otherOrigin && !isStory ? { mode: 'no-cors' } : {});
  if (!response.ok && response.type !== 'opaque') throw new TypeError(`HTTP ${response.status} for ${url}`);
  return response;
}

export async function saveStory(article: Article): Promise<SavedStory> {
  const cache = await openSaved();
  const resources = storyResources(article);
  try {
    // All fetched before any is stored, and a failed store (quota) undone: earlier saves stay exactly as they were.
    const responses = await Promise.all(resources.map((url, index) => fetchForSaving(url, index === 0)));
    const kept = new Set((await listSavedStories()).flatMap((story) => story.resources));
    try {
      await Promise.all(responses.map((response, index) => cache.put(resources[index] as string, response)));
    } catch (error) {
      await Promise.all(resources.filter((url) => !kept.has(url)).map((url) => cache.delete(url).catch(() => false)));
      throw error;
    }
    const bytes = (await Promise.all(resources.map((url) => sizeOf(cache, url)))).reduce((a, b) => a + b, 0);
    const saved: SavedStory = { slug: article.slug, headline: article.headline, dek: article.standfirst, savedAt: new Date().toISOString(), bytes, resources };
    await cache.put(metaUrl(article.slug), Response.json(saved));
    return saved;
  } catch (error) {
    throw classify(error);
  }
}

export async function listSavedStories(): Promise<SavedStory[]> {
  // `has` first: opening would create an empty cache just by looking.
  if (typeof caches === 'undefined' || !(await caches.has(SAVED_CACHE))) return [];
  const cache = await caches.open(SAVED_CACHE);
  const metas = (await cache.keys()).filter((request) => new URL(request.url).pathname.startsWith(META_PATH));
  const stories = await Promise.all(metas.map(async (request) => (await cache.match(request))?.json() as Promise<SavedStory> | undefined));
  return stories.filter((story): story is SavedStory => Boolean(story)).sort((a, b) => b.savedAt.localeCompare(a.savedAt));
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
