// The story page: hot topics, the story itself and the sidebar.
import { useSuspenseQuery } from '@tanstack/react-query';
import { useEffect } from 'react';
import { useParams } from 'react-router';
import { rememberRead } from '../../pwa/recent';
import { ArticleBody } from '../../components/ArticleBody';
import { Figure } from '../../components/Figure';
import { StoryHeader } from '../../components/StoryHeader';
import { TopicTags } from '../../components/TopicTags';
import { UpdateBanners } from '../../components/UpdateBanner';
import { articleQuery } from '../../queries/article';
import { HotTopicsBar } from './HotTopicsBar';
import { SaveControl } from './SaveControl';
import { StorySidebar } from './StorySidebar';

export function StoryPage() {
  const { slug = '' } = useParams();
  const { data: article } = useSuspenseQuery(articleQuery(slug));
  useEffect(() => rememberRead(article), [article]);
  return (
    <div className="story-page">
      <title>{`${article.headline} · Lede`}</title>
      <meta name="description" content={article.standfirst} />
      <HotTopicsBar />
      <div className="story-layout">
        <article className="story">
          <StoryHeader
            headline={article.headline}
            standfirst={article.standfirst}
            byline={article.byline}
            publishedAt={article.publishedAt}
            updatedAt={article.updatedAt}
          />
          <SaveControl article={article} />
          <UpdateBanners notes={article.updates} />
          {article.hero && <Figure image={article.hero} priority />}
          <ArticleBody blocks={article.body} />
          <TopicTags topics={article.topics} />
        </article>
        <StorySidebar slug={slug} />
      </div>
    </div>
  );
}
