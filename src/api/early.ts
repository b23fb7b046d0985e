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

/**
 * Waits for the early response, but no longer than `signal` allows (the caller's cancellation and the client's
 * timeout): rejects with the signal's reason when it aborts first, as fetch would. A failed early request resolves
 * to undefined, so the caller sends its own.
 */
export function awaitEarlyResponse(early: Promise<Response>, signal: AbortSignal): Promise<Response | undefined> {
  if (signal.aborted) return Promise.reject(signal.reason);
  return new Promise<Response | undefined>((resolve, reject) => {
    const onAbort = () => reject(signal.reason);
    signal.addEventListener('abort', onAbort, { once: true });
    early
      .then(
        (response) => resolve(response),
        () => resolve(undefined),
      )
      .finally(() => signal.removeEventListener('abort', onAbort));
  });
}
