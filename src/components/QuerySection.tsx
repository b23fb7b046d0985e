// A titled section whose content loads on its own: skeleton while loading, retry on failure.
import type { ReactNode } from 'react';
import { useId } from 'react';
import { RetryNotice } from './RetryNotice';

export interface SectionState<T> {
  data: T | undefined;
  error: unknown;
  isPending: boolean;
  isFetching: boolean;
  refetch: () => unknown;
}

interface Props<T> {
  title: string;
  state: SectionState<T>;
  children: (data: T) => ReactNode;
  className?: string;
}

export function QuerySection<T>({ title, state, children, className }: Props<T>) {
  const headingId = useId();
  let body: ReactNode;
  if (state.data !== undefined) body = children(state.data);
  else if (state.isPending && !state.error) body = <div className="section-skeleton" aria-hidden="true" />;
  else body = <RetryNotice what={title} error={state.error} onRetry={() => void state.refetch()} retrying={state.isFetching} />;
  return (
    <section className={className} aria-labelledby={headingId} aria-busy={state.isPending && state.data === undefined}>
      <h2 id={headingId} className="section-title">
        {title}
      </h2>
      {body}
    </section>
  );
}
