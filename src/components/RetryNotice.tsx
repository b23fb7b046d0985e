// A small, clear failure message with a retry button, used wherever one part of a page could not load.
import type { ContentError } from '../api/errors';
import { isContentError } from '../api/errors';
import { lists as words } from '#words/lists';

interface Props {
  what: string;
  error: unknown;
  onRetry: () => void;
  retrying?: boolean;
}

export function describeError(error: unknown): string {
  if (isContentError(error)) return (error as ContentError).readerMessage;
  return words.error;
}

export function RetryNotice({ what, error, onRetry, retrying = false }: Props) {
  return (
    <div className="retry-notice" role="status">
      <p>
        {words.failed(what)} {describeError(error)}
      </p>
      <button type="button" onClick={onRetry} disabled={retrying}>
        {retrying ? words.retrying : words.retry}
      </button>
    </div>
  );
}
