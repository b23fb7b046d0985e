// Metadata of a live page: the story's own tags and NewsArticle JSON-LD, plus schema.org LiveBlogPosting JSON-LD with
// the coverage's times and its newest posts as liveBlogUpdate entries (the page renders its title itself).
import { useContext, useDeferredValue, useMemo } from 'react';
import type { Story } from '../../../api/story';
import type { LiveCoverage } from '../../../api/live';
import type { Post } from '../../../api/post';
import { PageMetaTags } from '../../../components/PageMetaTags';
import { SiteOriginContext } from '../../../components/site-origin';
import { liveMeta } from '../../../model/page-meta';

interface Props {
  story: Story;
  live: LiveCoverage;
  /** The posts this device holds, newest first (the newest of them are listed). */
  posts: readonly Post[];
}

/**
 * No reader sees these tags: new posts update them in a deferred render of their own, after the posts are drawn, and
 * the render that shows the posts returns the same element, which React skips.
 */
export function LiveMeta({ story, live, posts }: Props) {
  const origin = useContext(SiteOriginContext);
  const deferredLive = useDeferredValue(live);
  const deferredPosts = useDeferredValue(posts);
  return useMemo(
    () => <PageMetaTags meta={liveMeta(story, deferredLive, deferredPosts, origin)} withTitle={false} />,
    [story, deferredLive, deferredPosts, origin],
  );
}
