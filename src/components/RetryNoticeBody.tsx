// The retry notice itself, with the failure's reason (loaded only when a part fails: src/components/RetryNotice.tsx).
import { describeError } from './describe-error';
import type { RetryNoticeProps } from './RetryNotice';
import { lists as words } from '#words/lists';

export function RetryNoticeBody({ what, error, onRetry, retrying = false }: RetryNoticeProps) {
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
