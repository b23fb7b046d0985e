// A small, clear failure message with a retry button, used wherever one part of a page could not load. Its code and
// the errors' words load when a part fails, so the pages that show lists carry neither on their first load.
import { lazy, Suspense } from 'react';

export interface RetryNoticeProps {
  what: string;
  error: unknown;
  onRetry: () => void;
  retrying?: boolean;
}

const Body = lazy(() => import('./RetryNoticeBody').then((module) => ({ default: module.RetryNoticeBody })));

export function RetryNotice(props: RetryNoticeProps) {
  return (
    <Suspense fallback={null}>
      <Body {...props} />
    </Suspense>
  );
}
