// Serves the demo's changing story with an ETag per version (304 on If-None-Match); a test switch pins the version.
import { HttpResponse } from 'msw';
import { storyVersions } from '#fixtures';
import { versionIndexAt } from '../fixtures/versioned-story';
import type { TestSwitches } from '../test-switches';

export function versionedStory(request: Request, switches: TestSwitches | undefined): Response {
  const pinned = switches?.storyVersion;
  const index = pinned !== undefined && pinned < storyVersions.length ? pinned : versionIndexAt(Date.now(), storyVersions.length);
  const story = storyVersions[index]!;
  const etag = `"${story.slug}-v${index}"`;
  const headers = { etag, 'last-modified': new Date(story.updatedAt ?? story.publishedAt).toUTCString(), 'cache-control': 'no-cache' };
  if (request.headers.get('if-none-match') === etag) return new HttpResponse(null, { status: 304, headers });
  return HttpResponse.json(story, { headers });
}
