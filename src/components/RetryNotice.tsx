// A small, clear failure message with a retry button, used wherever one part of a page could not load.
import type { ContentError } from '../api/errors';
import { isContentError } from '../api/errors';

interface Props {
  what: string;
  error: unknown;
  onRetry: () => void;
  retrying?: boolean;
}

export function describeError(error: unknown): string {
  if (isContentError(error)) return (error as ContentError).readerMessage;
  return 'Something went wrong.';
}

export function RetryNotice({ what, error, onRetry, retrying = false }: Props) {
  return (
    <div className="retry-notice" role="status">
      <p>
        {what} could not be loaded. {describeError(error)}
      </p>
      <button type="button" onClick={onRetry} disabled={retrying}>
        {retrying ? 'Retrying…' : 'Try again'}
      </button>
    </div>
  );
}
