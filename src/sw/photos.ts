// Which photos the app worker answers and keeps, and how it asks for them. Only readable answers are kept: an opaque
// (no-cors) one reads as 0 bytes while the browser counts megabytes of quota for it, so a photo on another origin is
// asked for with CORS, and kept only when that origin allows it.

/** Where the worker may take photos from: the app's origin and the content source's photo origins. */
export interface PhotoOrigins {
  app: string;
  others: readonly string[];
}

/** `raw` (absolute, or relative to the app) as a URL when it is an http(s) photo from an allowed origin; null otherwise. */
export function allowedPhotoUrl(raw: string, origins: PhotoOrigins): URL | null {
  let url: URL;
  try {
    // Resolved, not compared as text: `//host/x` looks root-relative and `https://app.example.evil/` starts like the app.
    url = new URL(raw, origins.app);
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  return url.origin === origins.app || origins.others.includes(url.origin) ? url : null;
}

/** Whether the worker answers a request as a photo: an image (or the app's `/images/`) from an allowed origin. */
export function isPhotoRequest(request: { url: string; destination: RequestDestination }, origins: PhotoOrigins): boolean {
  const url = allowedPhotoUrl(request.url, origins);
  if (!url) return false;
  return request.destination === 'image' || (url.origin === origins.app && url.pathname.startsWith('/images/'));
}

/** Whether an answer may be stored: a readable 200, never an opaque one. */
export function isStorablePhoto(response: Response): boolean {
  return response.type !== 'opaque' && response.status === 200;
}

/** The request the worker sends for a photo: an <img>'s no-cors request to another origin goes with CORS, so its answer is readable. */
export function readablePhotoRequest(request: Request, origins: PhotoOrigins): Request {
  if (request.mode !== 'no-cors' || new URL(request.url).origin === origins.app) return request;
  return new Request(request.url, { mode: 'cors', credentials: 'omit', referrerPolicy: request.referrerPolicy });
}
