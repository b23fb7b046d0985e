// Serves the demo's changing story with an ETag per version (304 on If-None-Match); a cookie pins the version in tests.
import { HttpResponse } from 'msw';
import { storyVersions, versionAt } from '../fixtures/story-versions';

/** Cookie Playwright and Vitest set to choose a version (0, 1, 2) instead of the clock. */
export const STORY_VERSION_COOKIE = 'lede-story-version';

export function versionedStory(request: Request, cookies: Record<string, string>): Response {
  const pinned = Number(cookies[STORY_VERSION_COOKIE]);
  const index = Number.isInteger(pinned) && pinned >= 0 && pinned < storyVersions.length ? pinned : versionAt(Date.now());
  const story = storyVersions[index]!;
  const etag = `"${story.slug}-v${index}"`;
  const headers = { etag, 'last-modified': new Date(story.updatedAt ?? story.publishedAt).toUTCString(), 'cache-control': 'no-cache' };
  if (request.headers.get('if-none-match') === etag) return new HttpResponse(null, { status: 304, headers });
  return HttpResponse.json(story, { headers });
}
