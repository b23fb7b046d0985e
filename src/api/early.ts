// Reuses the story request that index.html's inline script started before the app loaded (once, same URL only).
/** Global the inline script in index.html sets: `{ url, response: Promise<Response> }` (src/boot/early-story.ts). */
export const EARLY_GLOBAL = '__ledeEarlyStory';

interface EarlyRequest {
  url: string;
  response: Promise<Response>;
}

/** The early response for `url`, if the inline script started one; it can be taken only once. */
export function takeEarlyResponse(url: string): Promise<Response> | undefined {
  if (typeof window === 'undefined') return undefined;
  const holder = window as unknown as Record<string, EarlyRequest | undefined>;
  const early = holder[EARLY_GLOBAL];
  if (!early || early.url !== url) return undefined;
  holder[EARLY_GLOBAL] = undefined;
  return early.response;
}
