// "Not found" for unknown pages, stories and topics, with links onward instead of a dead end.
import { useQuery } from '@tanstack/react-query';
import { AppLink } from '../../components/AppLink';
import { MostPopular } from '../../components/MostPopular';
import { popularQuery } from '../../queries/front';

const HEADINGS = { page: 'Page not found', story: 'Story not found', topic: 'Topic not found' } as const;

export function NotFoundPage({ what = 'page' }: { what?: keyof typeof HEADINGS }) {
  const popular = useQuery(popularQuery());
  return (
    <section className="page page--message">
      <title>{`${HEADINGS[what]} · Lede`}</title>
      <h1 tabIndex={-1}>{HEADINGS[what]}</h1>
      <p>We could not find the {what} you asked for. It may have been moved or removed, or the link may be mistyped.</p>
      <p>
        <AppLink to="/">Go to the front page</AppLink>
      </p>
      {popular.data && popular.data.items.length > 0 && (
        <>
          <h2 className="section-title">Read instead</h2>
          <MostPopular stories={popular.data.items.slice(0, 5)} />
        </>
      )}
    </section>
  );
}
