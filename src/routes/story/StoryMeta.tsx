// Document metadata for a story, kept current on client-side navigation: title, description, canonical,
// Open Graph / Twitter card tags and schema.org NewsArticle JSON-LD built from the same data the page shows.
import type { Story } from '../../api/story';
import { PUBLICATION } from '../../lib/publication';
import { safeImageSrc } from '../../lib/safe-url';

function absolute(path: string): string {
  return new URL(path, window.location.origin).href;
}

export function newsArticleJsonLd(story: Story, url: string) {
  const image = story.hero ? safeImageSrc(story.hero.url) : null;
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: story.headline,
    description: story.standfirst || undefined,
    image: image ? [absolute(image)] : undefined,
    datePublished: story.publishedAt,
    dateModified: story.updatedAt ?? story.publishedAt,
    author: story.byline.map((author) => ({ '@type': 'Person', name: author.name, jobTitle: author.role })),
    publisher: { '@type': 'Organization', name: PUBLICATION.name },
    mainEntityOfPage: url,
    articleSection: story.topics[0]?.name,
  };
}

export function StoryMeta({ story }: { story: Story }) {
  const url = absolute(`/story/${story.slug}`);
  const image = story.hero ? safeImageSrc(story.hero.url) : null;
  // JSON.stringify escapes quotes; "<" is escaped too so the text can never close the script element.
  const jsonLd = JSON.stringify(newsArticleJsonLd(story, url)).replace(/</g, '\\u003c');
  return (
    <>
      <>
        <meta name="description" content={story.standfirst} />
        <link rel="canonical" href={url} />
        <meta property="og:type" content="article" />
        <meta property="og:title" content={story.headline} />
        <meta property="og:description" content={story.standfirst} />
        <meta property="og:url" content={url} />
        {image && <meta property="og:image" content={absolute(image)} />}
        <meta property="article:published_time" content={story.publishedAt} />
        {story.updatedAt && <meta property="article:modified_time" content={story.updatedAt} />}
        <meta name="twitter:card" content={image ? 'summary_large_image' : 'summary'} />
        <meta name="twitter:title" content={story.headline} />
        <meta name="twitter:description" content={story.standfirst} />
      </>
      <script type="application/ld+json" data-testid="news-article-jsonld">
        {jsonLd}
      </script>
    </>
  );
}
