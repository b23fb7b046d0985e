// Metadata of a live page: the story's own tags and NewsArticle JSON-LD, plus schema.org LiveBlogPosting JSON-LD with
// the coverage's times and its newest posts as liveBlogUpdate entries (the page renders its title itself).
import { useContext } from 'react';
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

export function LiveMeta({ story, live, posts }: Props) {
  const origin = useContext(SiteOriginContext);
  return <PageMetaTags meta={liveMeta(story, live, posts, origin)} withTitle={false} />;
}
