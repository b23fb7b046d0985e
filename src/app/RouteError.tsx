// Error screen for a route: "not found" with links onward, or a clear failure message with a retry.
import { isRouteErrorResponse, useRevalidator, useRouteError } from 'react-router';
import { isContentError, isNotFound, type ContentError } from '../api/errors';
import { lazy, Suspense } from 'react';

// Loaded only when needed (it is precached, so it opens offline); it keeps saved-story code out of every page's entry.
const OfflinePage = lazy(async () => ({ default: (await import('../routes/offline/OfflinePage')).OfflinePage }));
const NotFoundPage = lazy(async () => ({ default: (await import('../routes/not-found/NotFoundPage')).NotFoundPage }));
import { describeError, readerMessage } from '../components/describe-error';
import { pageTitle } from '../model/page-title';
import { errors as words } from '#words/errors';

/** The request never got a whole answer from the service: show what is on the device (the offline page). */
function isUnreachable(error: unknown): error is ContentError {
  return (
    isContentError(error) && (error.kind === 'offline' || error.kind === 'network' || error.kind === 'timeout' || error.kind === 'not-on-device')
  );
}

export function RouteError() {
  const error = useRouteError();
  const revalidator = useRevalidator();
  if (isRouteErrorResponse(error) && error.status === 404) {
    const what = (error.data as { what?: unknown } | null)?.what;
    return (
      <Suspense fallback={null}>
        <NotFoundPage what={what === 'topic' ? 'topic' : 'story'} />
      </Suspense>
    );
  }
  if (isNotFound(error)) {
    return (
      <Suspense fallback={null}>
        <NotFoundPage what="story" />
      </Suspense>
    );
  }
  // Offline or unreliable (the request never reached the news service, or timed out: docs/architecture.md,
  // "Connectivity rule") and nothing on the device: say so, offer what is stored, and let the reader try again.
  if (isUnreachable(error)) {
    return (
      <Suspense fallback={null}>
        <OfflinePage
          what={error.url.includes('/stories/') ? 'story' : 'page'}
          reason={readerMessage(error)}
          onRetry={() => void revalidator.revalidate()}
          retrying={revalidator.state === 'loading'}
        />
      </Suspense>
    );
  }
  return (
    <section className="page page--message">
      <title>{pageTitle(words.title)}</title>
      <h1 tabIndex={-1}>{words.heading}</h1>
      <p>
        {describeError(error)} {words.still}
      </p>
      <p>
        <button type="button" onClick={() => void revalidator.revalidate()} disabled={revalidator.state === 'loading'}>
          {revalidator.state === 'loading' ? words.retrying : words.retry}
        </button>{' '}
        <a href="/">{words.front}</a>
      </p>
    </section>
  );
}
