// Typed errors for everything that can go wrong between Lede and the content API. What a reader is told about one is
// in the publication's words where it is shown (src/components/describe-error.ts), so every page's code carries none.
/**
 * - `offline`: the request failed and the browser says it is offline; `network`: it failed while the browser says
 *   online (lie-fi); `timeout`: no whole answer within the deadline;
 * - `not-on-device`: a copy on the device answered 404 (the service worker had nothing): not the same as `not-found`.
 */
export type ContentErrorKind = 'http' | 'not-found' | 'not-on-device' | 'timeout' | 'offline' | 'network' | 'invalid-json' | 'invalid-shape';

export class ContentError extends Error {
  override readonly name = 'ContentError';
  readonly kind: ContentErrorKind;
  readonly status: number | undefined;
  readonly url: string;
  /** Seconds to wait before retrying, from a Retry-After header. */
  readonly retryAfter: number | undefined;
  /** What went wrong in the service's terms ("HTTP 503", where a schema failed), for developers and the download's note. */
  readonly detail: string | undefined;

  constructor(kind: ContentErrorKind, url: string, options: { status?: number; retryAfter?: number; detail?: string; cause?: unknown } = {}) {
    super(options.detail ? `${kind} (${options.detail})` : kind, { cause: options.cause });
    this.kind = kind;
    this.url = url;
    this.status = options.status;
    this.retryAfter = options.retryAfter;
    this.detail = options.detail;
  }
}

export function isContentError(error: unknown): error is ContentError {
  return error instanceof ContentError;
}

export function isNotFound(error: unknown): boolean {
  return isContentError(error) && error.kind === 'not-found';
}
