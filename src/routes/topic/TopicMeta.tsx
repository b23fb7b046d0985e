// A topic page's metadata: description, canonical, share card tags, the topic's feed and the site's, CollectionPage.
import { useContext } from 'react';
import type { Topic } from '../../api/topic';
import { PageMetaTags } from '../../components/PageMetaTags';
import { SiteOriginContext } from '../../components/site-origin';
import { topicMeta } from '../../model/page-meta';

export function TopicMeta({ topic }: { topic: Topic }) {
  const origin = useContext(SiteOriginContext);
  return <PageMetaTags meta={topicMeta(topic, origin)} withTitle={false} />;
}
