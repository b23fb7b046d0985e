// The front page's metadata: its title, description, canonical, share card tags, the feed, WebSite and the lead stories' ItemList.
import { useContext } from 'react';
import type { FrontPage } from '../../api/summary';
import { PageMetaTags } from '../../components/PageMetaTags';
import { SiteOriginContext } from '../../components/site-origin';
import { frontMeta } from '../../model/page-meta';

export function FrontMeta({ front }: { front: FrontPage }) {
  const origin = useContext(SiteOriginContext);
  return <PageMetaTags meta={frontMeta(front, origin)} withTitle />;
}
