// WordPress REST addresses Lede requests; shared by the source, the early story script and the service worker.

/** The REST root of the site at `siteUrl` (pretty permalinks: `/wp-json/wp/v2`). */
export function wordpressRestBase(siteUrl: string): string {
  return `${siteUrl.replace(/\/+$/, '')}/wp-json/wp/v2`;
}

/** The one request for a story: the post by slug with everything it embeds (authors, terms, featured image). */
export function wordpressStoryUrl(restBase: string, slug: string): string {
  return `${restBase}/posts?slug=${encodeURIComponent(slug)}&_embed`;
}

/** True for a story request (the service worker keeps these for offline reading, lists elsewhere). */
export function isWordPressStoryUrl(url: URL): boolean {
  return /\/wp\/v2\/posts\/?$/.test(url.pathname) && url.searchParams.has('slug');
}
