// Metadata of a live page: the story's own tags and NewsArticle JSON-LD (StoryMeta), plus schema.org
// LiveBlogPosting JSON-LD with the coverage's times and the posts the page shows as liveBlogUpdate entries.
import type { Story } from '../../../api/story';
import type { LiveCoverage } from '../../../api/live';
import type { Post } from '../../../api/post';
import { postAnchor } from '../../../lib/live-anchors';
import { PUBLICATION } from '../../../lib/publication';
import { blockText } from '../../../model/story-diff';
import { StoryMeta } from '../StoryMeta';

const storyUrl = (slug: string) => new URL(`/story/${slug}`, window.location.origin).href;

export function liveBlogJsonLd(story: Story, live: LiveCoverage, posts: readonly Post[], url: string) {
  const newest = posts[0];
  return {
    '@context': 'https://schema.org',
    '@type': 'LiveBlogPosting',
    headline: story.headline,
    description: story.standfirst || undefined,
    url,
    mainEntityOfPage: url,
    datePublished: story.publishedAt,
    dateModified: newest ? (newest.updatedAt ?? newest.publishedAt) : (story.updatedAt ?? story.publishedAt),
    coverageStartTime: live.startedAt,
    coverageEndTime: live.status === 'ended' ? (live.endedAt ?? undefined) : undefined,
    author: story.byline.map((author) => ({ '@type': 'Person', name: author.name, jobTitle: author.role })),
    publisher: { '@type': 'Organization', name: PUBLICATION.name },
    liveBlogUpdate: posts.map((post) => ({
      '@type': 'BlogPosting',
      headline: post.title ?? undefined,
      datePublished: post.publishedAt,
      dateModified: post.updatedAt ?? undefined,
      url: `${url}#${postAnchor(post.id)}`,
      author: post.author ? { '@type': 'Person', name: post.author.name } : undefined,
      articleBody: post.body.map(blockText).filter(Boolean).join('\n\n'),
    })),
  };
}

interface Props {
  story: Story;
  live: LiveCoverage;
  /** The posts on the page, newest first (what liveBlogUpdate lists). */
  posts: readonly Post[];
}

export function LiveMeta({ story, live, posts }: Props) {
  // "<" escaped so no text can close the script element (as in StoryMeta).
  const jsonLd = JSON.stringify(liveBlogJsonLd(story, live, posts, storyUrl(story.slug))).replace(/</g, '\\u003c');
  return (
    <>
      <StoryMeta story={story} />
      <script type="application/ld+json" data-testid="live-blog-jsonld">
        {jsonLd}
      </script>
    </>
  );
}
