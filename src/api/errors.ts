// Typed errors for everything that can go wrong between Lede and the content API.
import { errors } from '#words/errors';
/**
 * - `offline`: the request failed and the browser says it is offline; `network`: it failed while the browser says
 *   online (lie-fi); `timeout`: no whole answer within the deadline;
 * - `not-on-device`: a copy on the device answered 404 (the service worker had nothing): not the same as `not-found`.
 */
export type ContentErrorKind = 'http' | 'not-found' | 'not-on-device' | 'timeout' | 'offline' | 'network' | 'invalid-json' | 'invalid-shape';

const MESSAGES: Record<ContentErrorKind, string> = errors.content;

export class ContentError extends Error {
  override readonly name = 'ContentError';
  readonly kind: ContentErrorKind;
  readonly status: number | undefined;
  readonly url: string;
  /** Seconds to wait before retrying, from a Retry-After header. */
  readonly retryAfter: number | undefined;

  constructor(kind: ContentErrorKind, url: string, options: { status?: number; retryAfter?: number; detail?: string; cause?: unknown } = {}) {
    super(options.detail ? `${MESSAGES[kind]} (${options.detail})` : MESSAGES[kind], { cause: options.cause });
    this.kind = kind;
    this.url = url;
    this.status = options.status;
    this.retryAfter = options.retryAfter;
  }

  /** A sentence for readers: what happened, without internals. */
  get readerMessage(): string {
    return MESSAGES[this.kind];
  }
}

export function isContentError(error: unknown): error is ContentError {
  return error instanceof ContentError;
}

export function isNotFound(error: unknown): boolean {
  return isContentError(error) && error.kind === 'not-found';
}
