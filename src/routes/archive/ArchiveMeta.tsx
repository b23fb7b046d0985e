// The archive's metadata: description, canonical (with the day it starts before), share card tags, the feed, CollectionPage.
import { useContext } from 'react';
import { PageMetaTags } from '../../components/PageMetaTags';
import { SiteOriginContext } from '../../components/site-origin';
import { archiveMeta } from '../../model/page-meta';

export function ArchiveMeta({ before }: { before: string | null }) {
  const origin = useContext(SiteOriginContext);
  return <PageMetaTags meta={archiveMeta(before, origin)} withTitle={false} />;
}
