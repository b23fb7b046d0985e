// Lede's contract as the app worker sees it: which API requests are stories, live coverage's posts and lists, and a
// story's photos.
import { renditionsFromJson } from '../../../lib/renditions';
import { safeImageSrc } from '../../../lib/safe-url';
import type { ContentSourceWorker, SourceRequestKind } from '../../source-worker';

export interface LedeWorkerSettings {
  /** The API base as an absolute URL (VITE_API_BASE_URL resolved against the app). */
  apiBase: string;
  /** The app's origin: the contract's root-relative photo URLs are the app's. */
  appOrigin: string;
  /** VITE_IMAGE_ORIGINS, as origins. */
  imageOrigins: readonly string[];
}

/** The smallest rendition of every photo in a story (enough to show each photo offline), as written in the story. */
function smallestRenditions(story: unknown): string[] {
  const urls: string[] = [];
  const visit = (value: unknown) => {
    if (Array.isArray(value)) return value.forEach(visit);
    if (!value || typeof value !== 'object') return;
    const record = value as { url?: unknown; renditions?: unknown };
    if (Array.isArray(record.renditions) && typeof record.url === 'string') {
      urls.push(renditionsFromJson(record.renditions, (url) => url)[0]?.url ?? record.url);
      return;
    }
    Object.values(record).forEach(visit);
  };
  visit(story);
  return urls;
}

export function ledeWorker({ apiBase, appOrigin, imageOrigins }: LedeWorkerSettings): ContentSourceWorker {
  const base = new URL(apiBase);
  const root = base.pathname.replace(/\/$/, '');
  return {
    requestKind(url): SourceRequestKind | null {
      if (url.origin !== base.origin || !url.pathname.startsWith(`${root}/`)) return null;
      const path = url.pathname.slice(root.length);
      if (/^\/stories\/[^/]+\/posts$/.test(path)) {
        return url.searchParams.has('after') || url.searchParams.has('before') ? 'posts-poll' : 'newest-posts';
      }
      return /^\/stories\/[^/]+$/.test(path) ? 'story' : 'list';
    },
    storyImages: (story) =>
      smallestRenditions(story).flatMap((url) => {
        // Root-relative photos are the app's (docs/api.md); `//host` and other schemes are never photos.
        const safe = safeImageSrc(url);
        return safe ? [new URL(safe, appOrigin).href] : [];
      }),
    imageOrigins,
    // Lede names a story by its path, so a saved copy answers whatever query a request carries.
    savedCopyIgnoresSearch: true,
    // A story's address has been `stories/<slug>` since the contract began.
    formerStoryUrl: () => null,
  };
}

/** The worker of this build's API (VITE_API_BASE_URL, `/api` in the demo, relative to the app). */
export function ledeWorkerOfBuild(appOrigin: string, imageOrigins: readonly string[]): ContentSourceWorker {
  return ledeWorker({ apiBase: new URL(import.meta.env.VITE_API_BASE_URL || '/api', appOrigin).href, appOrigin, imageOrigins });
}
