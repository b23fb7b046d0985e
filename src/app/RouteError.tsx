// Error screen for a route: "not found" with links onward, or a clear failure message with a retry.
import { isRouteErrorResponse, useRevalidator, useRouteError } from 'react-router';
import { isContentError, isNotFound } from '../api/errors';
import { OfflinePage } from '../routes/offline/OfflinePage';
import { describeError } from '../components/RetryNotice';
import { NotFoundPage } from '../routes/not-found/NotFoundPage';

export function RouteError() {
  const error = useRouteError();
  const revalidator = useRevalidator();
  if (isRouteErrorResponse(error) && error.status === 404) {
    const what = (error.data as { what?: unknown } | null)?.what;
    return <NotFoundPage what={what === 'topic' ? 'topic' : 'story'} />;
  }
  if (isNotFound(error)) return <NotFoundPage what="story" />;
  // Offline and nothing cached: say so and offer what is on this device, instead of a generic failure.
  if (isContentError(error) && (error.kind === 'offline' || ((error.kind === 'network' || error.kind === 'timeout') && !navigator.onLine))) {
    return <OfflinePage what={error.url.includes('/stories/') ? 'story' : 'page'} />;
  }
  return (
    <section className="page page--message">
      <title>Something went wrong · Lede</title>
      <h1 tabIndex={-1}>This page could not be loaded</h1>
      <p>{describeError(error)} Your connection and everything else on Lede still work.</p>
      <p>
        <button type="button" onClick={() => void revalidator.revalidate()} disabled={revalidator.state === 'loading'}>
          {revalidator.state === 'loading' ? 'Trying again…' : 'Try again'}
        </button>{' '}
        <a href="/">Go to the front page</a>
      </p>
    </section>
  );
}
