// "Not found" for unknown pages, stories and topics, with links onward instead of a dead end.
import { useQuery } from '@tanstack/react-query';
import { AppLink } from '../../components/AppLink';
import { MostPopular } from '../../components/MostPopular';
import { popularQuery } from '../../queries/front';
import { pageTitle } from '../../model/page-title';
import { offline as words } from '#words/offline';

export function NotFoundPage({ what = 'page' }: { what?: 'page' | 'story' | 'topic' }) {
  const popular = useQuery(popularQuery());
  return (
    <section className="page page--message">
      <title>{pageTitle(words.notFound[what])}</title>
      <h1 tabIndex={-1}>{words.notFound[what]}</h1>
      <p>{words.missing[what]}</p>
      <p>
        <AppLink to="/">{words.front}</AppLink>
      </p>
      {popular.data && popular.data.items.length > 0 && (
        <>
          <h2 className="section-title">{words.instead}</h2>
          <MostPopular stories={popular.data.items.slice(0, 5)} />
        </>
      )}
    </section>
  );
}
