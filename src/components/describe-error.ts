// What a reader is told about a failure, in the publication's words: only the code that shows one loads them.
import { isContentError, type ContentError } from '../api/errors';
import { errors } from '#words/errors';
import { lists as words } from '#words/lists';

/** A sentence for readers: what happened, without internals. */
export function readerMessage(error: ContentError): string {
  return errors.content[error.kind];
}

/** A failed part's reason: a content error's sentence, or the general one. */
export function describeError(error: unknown): string {
  return isContentError(error) ? readerMessage(error) : words.error;
}

/** An error's sentence with its detail ("… (HTTP 503)"), where a reader may pass it on: the download's note. */
export function errorMessage(error: Error): string {
  if (!isContentError(error)) return error.message;
  return error.detail ? `${readerMessage(error)} (${error.detail})` : readerMessage(error);
}
