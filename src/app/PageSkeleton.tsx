// What shows while the first page's data and code arrive: the page frame, no spinner.
export function PageSkeleton() {
  return (
    <div className="page-skeleton" aria-busy="true">
      <p className="visually-hidden" role="status">
        Loading…
      </p>
    </div>
  );
}
