// Document metadata for a story, kept current on client-side navigation: title, description, canonical,
// Open Graph / Twitter card tags and schema.org NewsArticle JSON-LD built from the same data the page shows.
import type { Article } from '../../api/article';
import { PUBLICATION } from '../../lib/publication';
import { safeImageSrc } from '../../lib/safe-url';

function absolute(path: string): string {
  return new URL(path, window.location.origin).href;
}

export function newsArticleJsonLd(article: Article, url: string) {
  const image = article.hero ? safeImageSrc(article.hero.url) : null;
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: article.headline,
    description: article.standfirst || undefined,
    image: image ? [absolute(image)] : undefined,
    datePublished: article.publishedAt,
    dateModified: article.updatedAt ?? article.publishedAt,
    author: article.byline.map((author) => ({ '@type': 'Person', name: author.name, jobTitle: author.role })),
    publisher: { '@type': 'Organization', name: PUBLICATION.name },
    mainEntityOfPage: url,
    articleSection: article.topics[0]?.name,
  };
}

export function StoryMeta({ article }: { article: Article }) {
  const url = absolute(`/story/${article.slug}`);
  const image = article.hero ? safeImageSrc(article.hero.url) : null;
  // JSON.stringify escapes quotes; "<" is escaped too so the text can never close the script element.
  const jsonLd = JSON.stringify(newsArticleJsonLd(article, url)).replace(/</g, '\\u003c');
  return (
    <>
      <>
        <meta name="description" content={article.standfirst} />
        <link rel="canonical" href={url} />
        <meta property="og:type" content="article" />
        <meta property="og:title" content={article.headline} />
        <meta property="og:description" content={article.standfirst} />
        <meta property="og:url" content={url} />
        {image && <meta property="og:image" content={absolute(image)} />}
        <meta property="article:published_time" content={article.publishedAt} />
        {article.updatedAt && <meta property="article:modified_time" content={article.updatedAt} />}
        <meta name="twitter:card" content={image ? 'summary_large_image' : 'summary'} />
        <meta name="twitter:title" content={article.headline} />
        <meta name="twitter:description" content={article.standfirst} />
      </>
      <script type="application/ld+json" data-testid="news-article-jsonld">
        {jsonLd}
      </script>
    </>
  );
}
