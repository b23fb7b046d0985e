// What shows while the first page's data and code arrive: the page frame, no spinner.
import { masthead } from '#words/masthead';

export function PageSkeleton() {
  return (
    <div className="page-skeleton" aria-busy="true">
      <p className="visually-hidden" role="status">
        {masthead.loading}
      </p>
    </div>
  );
}
