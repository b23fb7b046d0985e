// The front page: hot topics, the lead story large, then the rest of the top stories and the most popular.
import { useQuery, useSuspenseQuery } from '@tanstack/react-query';
import { lazy, Suspense, type ComponentType } from 'react';
import type { FrontPage as FrontPageData } from '../../api/summary';
import { AppLink } from '../../components/AppLink';
import { Figure } from '../../components/Figure';
import { HotTopics } from '../../components/HotTopics';
import { LEAD_IMAGE_SIZES } from '../../lib/image-sizes';
import { MostPopular } from '../../components/MostPopular';
import { QuerySection } from '../../components/QuerySection';
import { StoryCard } from '../../components/StoryCard';
import { DownloadButton } from '../../pwa/Download';
import { frontPageQuery, popularQuery } from '../../queries/front';
import { usePrefetchStory } from '../usePrefetchStory';
import { lists as words } from '#words/lists';

// The page's metadata (description, canonical link, share card, feed, JSON-LD) is not needed for reading: it comes in
// a chunk of its own after the page (and is simply absent offline if that chunk was never cached).
const FrontMeta = lazy<ComponentType<{ front: FrontPageData }>>(() =>
  import('./FrontMeta').then(
    (module) => ({ default: module.FrontMeta }),
    () => ({ default: () => null }),
  ),
);

export function FrontPage() {
  const { data: front } = useSuspenseQuery(frontPageQuery());
  const popular = useQuery(popularQuery());
  const prefetch = usePrefetchStory();
  const [lead, ...rest] = front.topStories;
  return (
    <div className="front-page">
      <Suspense fallback={null}>
        <FrontMeta front={front} />
      </Suspense>
      <HotTopics topics={front.hotTopics} />
      <h1 className="visually-hidden" tabIndex={-1}>
        {words.top}
      </h1>
      <div className="front-layout">
        <div className="front-main">
          {lead ? (
            <article className="lead-story">
              <h2 className="lead-story__title">
                <AppLink to={`/story/${lead.slug}`} onMouseEnter={() => prefetch(lead.slug)} onFocus={() => prefetch(lead.slug)}>
                  {lead.headline}
                </AppLink>
              </h2>
              {/* After the headline, so the news starts at the top of a phone's first screen. */}
              {lead.thumbnail && <Figure image={{ ...lead.thumbnail, caption: undefined, credit: undefined }} priority sizes={LEAD_IMAGE_SIZES} />}
              {lead.standfirst && <p className="lead-story__standfirst">{lead.standfirst}</p>}
            </article>
          ) : (
            <p>{words.noStories}</p>
          )}
          <ul className="story-grid">
            {rest.map((story) => (
              <li key={story.slug}>
                <StoryCard story={story} onIntent={prefetch} />
              </li>
            ))}
          </ul>
        </div>
        <div className="front-sidebar">
          <section className="sidebar-section download-offer" aria-labelledby="download-offer-title">
            <h2 id="download-offer-title" className="section-title">
              {words.readOffline}
            </h2>
            <p>{words.offlineOffer}</p>
            <DownloadButton className="download-offer__button" />
          </section>
          <aside aria-label={words.popular}>
            <QuerySection title={words.weekPopular} state={popular} className="sidebar-section">
              {(list) => <MostPopular stories={list.items} onIntent={prefetch} />}
            </QuerySection>
          </aside>
        </div>
      </div>
    </div>
  );
}
