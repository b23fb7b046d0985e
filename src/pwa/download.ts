// "Download for offline": the front page's top stories, with the photo sizes this device shows, into saved stories.
import type { QueryClient } from '@tanstack/react-query';
import type { ContentSource } from '../api/source';
import type { Story } from '../api/story';
import { isContentError } from '../api/errors';
import type { Summary } from '../api/summary';
import { STORY_IMAGE_SIZES } from '../lib/image-sizes';
import { chooseRendition, currentViewport, type Viewport } from '../model/rendition-choice';
import { classify, isSavedCopyCurrent, listSavedStories, openSaved, saveStory, SaveError, storyPhotos } from './saved';
import { savedKeys } from './saved-keys';
import { changeSaved, OWN_PATH, type SavedStory } from './saved-records';
import { dataSaverOn } from '../lib/data-saver';

/** How many stories one download takes. */
export const DOWNLOAD_SIZE = 20;

export interface DownloadProgress {
  /** Stories dealt with so far (saved, already on the device, or failed), of `total`. */
  done: number;
  total: number;
  /** Bytes stored by this download so far. */
  bytes: number;
  /** Stories stored by this download. */
  saved: number;
  /** Stories already on the device and unchanged, so not downloaded again. */
  skipped: number;
  /** Stories that could not be fetched (the download goes on without them). */
  failed: number;
}

export type DownloadOutcome = 'complete' | 'cancelled' | 'failed';

export interface DownloadResult extends DownloadProgress {
  outcome: DownloadOutcome;
  /** Why the download stopped early (storage full, storage unavailable, the news service unreachable). */
  error: Error | null;
  elapsedMs: number;
}

/** What /saved shows about downloads, kept beside the saved stories. */
export interface DownloadRecord {
  /** When the last download that reached its end finished; null until one has. */
  refreshedAt: string | null;
  last: { at: string; outcome: DownloadOutcome; done: number; total: number; bytes: number };
}

export interface DownloadOptions {
  limit?: number;
  signal?: AbortSignal;
  onProgress?: (progress: DownloadProgress) => void;
  viewport?: Viewport;
  /** Photos too (the default), or text only: with the data saver on, a download takes text only. */
  photos?: boolean;
}

const recordUrl = () => new URL(`${OWN_PATH}download`, window.location.origin).href;
const absolute = (url: string) => new URL(url, window.location.origin).href;

/**
 * The story (at the URL its source requests it from) and, for each photo, only the rendition this device's story page
 * loads; with `photos` false, the story alone.
 */
export function deviceStoryResources(source: ContentSource, story: Story, viewport: Viewport, photos = true): string[] {
  const urls = new Set([absolute(source.storyUrl(story.slug))]);
  for (const image of photos ? storyPhotos(story) : []) {
    const url = chooseRendition(image, STORY_IMAGE_SIZES, viewport);
    if (url) urls.add(absolute(url));
  }
  return [...urls];
}

/** The front page's top stories, topped up with the newest stories when the front page lists fewer than `limit`. */
async function storiesToDownload(source: ContentSource, limit: number, signal?: AbortSignal): Promise<Summary[]> {
  const chosen = (await source.fetchFrontPage({ signal })).topStories.slice(0, limit);
  if (chosen.length >= limit) return chosen;
  const newest = await source.fetchArchivePage(null, { limit: limit * 2 }, { signal }).catch((error: unknown) => {
    if (signal?.aborted) throw error;
    return { items: [] };
  });
  const slugs = new Set(chosen.map((story) => story.slug));
  for (const story of newest.items) {
    if (chosen.length >= limit) break;
    if (!slugs.has(story.slug)) chosen.push(story);
    slugs.add(story.slug);
  }
  return chosen;
}

export async function readDownloadRecord(): Promise<DownloadRecord | null> {
  if (typeof caches === 'undefined') return null;
  const response = await (await openSaved().catch(() => null))?.match(recordUrl());
  return response ? ((await response.json()) as DownloadRecord) : null;
}

async function writeDownloadRecord(result: DownloadResult): Promise<void> {
  const at = new Date().toISOString();
  const previous = await readDownloadRecord().catch(() => null);
  const record: DownloadRecord = {
    refreshedAt: result.outcome === 'complete' ? at : (previous?.refreshedAt ?? null),
    last: { at, outcome: result.outcome, done: result.done, total: result.total, bytes: result.bytes },
  };
  // The record is a note beside the stories: a full disk must not turn a finished download into an error.
  await openSaved()
    .then((cache) => changeSaved(() => cache.put(recordUrl(), Response.json(record))))
    .catch(() => undefined);
}

const isAbort = (error: unknown, signal?: AbortSignal) => Boolean(signal?.aborted) || (error as { name?: string } | null)?.name === 'AbortError';

/**
 * Saves the top stories one after another. Each story is stored all or nothing (saveStory), so cancelling or a full
 * disk keeps every story finished before it and everything saved earlier; stories saved and unchanged are skipped.
 */
export async function downloadTopStories(
  source: ContentSource,
  { limit = DOWNLOAD_SIZE, signal, onProgress, viewport = currentViewport(), photos = !dataSaverOn() }: DownloadOptions = {},
): Promise<DownloadResult> {
  const started = performance.now();
  const progress: DownloadProgress = { done: 0, total: 0, bytes: 0, saved: 0, skipped: 0, failed: 0 };
  const finish = async (outcome: DownloadOutcome, error: Error | null = null): Promise<DownloadResult> => {
    const result = { ...progress, outcome, error, elapsedMs: performance.now() - started };
    if (progress.total > 0) await writeDownloadRecord(result);
    return result;
  };
  const report = () => onProgress?.({ ...progress });

  let stories: Summary[];
  let saved: Map<string, SavedStory>;
  try {
    stories = await storiesToDownload(source, limit, signal);
    saved = new Map((await listSavedStories()).map((story) => [story.slug, story]));
  } catch (error) {
    if (isAbort(error, signal)) return finish('cancelled');
    return finish('failed', isContentError(error) ? error : classify(error));
  }
  progress.total = stories.length;
  report();

  for (const summary of stories) {
    if (signal?.aborted) return finish('cancelled');
    const existing = saved.get(summary.slug);
    if (existing && isSavedCopyCurrent(existing, summary)) {
      progress.skipped += 1;
    } else {
      try {
        const story = await source.fetchStory(summary.slug, { signal });
        // A story the reader saved stays theirs; only its content is brought up to date.
        const savedBy = existing && existing.source !== 'download' ? 'reader' : 'download';
        const stored = await saveStory(source, story, { resources: deviceStoryResources(source, story, viewport, photos), savedBy, signal });
        progress.saved += 1;
        progress.bytes += stored.bytes;
      } catch (error) {
        if (isAbort(error, signal)) return finish('cancelled');
        // Storage that is full or refused fails every later story too: stop, and say why.
        if (error instanceof SaveError && (error.kind === 'quota' || error.kind === 'unavailable')) return finish('failed', error);
        progress.failed += 1;
      }
    }
    progress.done += 1;
    report();
  }
  return finish('complete');
}

/**
 * A download as the app runs it (src/pwa/download-state.ts): the saved-story lists of `queryClient` refresh as stories
 * land and at the end; null when a `quiet` run (the automatic refresh) found nothing new.
 */
export async function runDownload(
  source: ContentSource,
  queryClient: QueryClient,
  { quiet, ...options }: DownloadOptions & { quiet: boolean },
): Promise<DownloadResult | null> {
  const refresh = () => void queryClient.invalidateQueries({ queryKey: savedKeys.all });
  let lastSaved = 0;
  try {
    const result = await downloadTopStories(source, {
      ...options,
      onProgress: (progress) => {
        options.onProgress?.(progress);
        if (progress.saved !== lastSaved) refresh();
        lastSaved = progress.saved;
      },
    });
    return quiet && result.outcome === 'complete' && result.saved === 0 && result.failed === 0 ? null : result;
  } finally {
    refresh();
  }
}
