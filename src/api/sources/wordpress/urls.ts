// WordPress REST addresses Lede requests; shared by the source, the early story script, the service worker and the
// build. A site with pretty permalinks serves the API under `/wp-json/`; one with plain permalinks ("Plain" in
// Settings › Permalinks) only as `/?rest_route=/…` (docs/wordpress.md), which VITE_WORDPRESS_PERMALINKS=plain selects.

export type WordPressPermalinks = 'pretty' | 'plain';

const PLAIN_ROUTE = '/?rest_route=';

/** VITE_WORDPRESS_PERMALINKS as a setting: `plain`, or pretty when unset; anything else is a mistake worth stopping for. */
export function wordpressPermalinks(value: string | undefined): WordPressPermalinks {
  if (!value || value === 'pretty') return 'pretty';
  if (value === 'plain') return 'plain';
  throw new Error(`VITE_WORDPRESS_PERMALINKS: "${value}" is neither "pretty" nor "plain"`);
}

/** The REST root of the site at `siteUrl`: `…/wp-json/wp/v2`, or `…/?rest_route=/wp/v2` with plain permalinks. */
export function wordpressRestBase(siteUrl: string, permalinks: WordPressPermalinks = 'pretty'): string {
  const site = siteUrl.replace(/\/+$/, '');
  return permalinks === 'plain' ? `${site}${PLAIN_ROUTE}/wp/v2` : `${site}/wp-json/wp/v2`;
}

/** The site whose REST root is `restBase` (what wordpressRestBase was given, without its trailing slash). */
export function wordpressSiteOf(restBase: string): string {
  return restBase.replace(/(?:\/wp-json|\/\?rest_route=)\/wp\/v2$/, '');
}

/** The URL of `route` (`posts`, `tags`, …) under the REST root, with a query string (already encoded). */
export function wordpressRestUrl(restBase: string, route: string, query: string): string {
  const url = `${restBase}/${route}`;
  if (!query) return url;
  return `${url}${restBase.includes(PLAIN_ROUTE) ? '&' : '?'}${query}`;
}

/**
 * What a story reads of its post (WordPressPostSchema), and the links embedding follows: nothing WordPress sends unasked
 * (the post's comments, `guid`, `meta`, `class_list`, the rest of the links' table), so a story read on a thin
 * connection, or saved, is the story only. (`_fields` trims the post; the embedded objects come whole.)
 */
const STORY_FIELDS = [
  'id,slug,link,date,date_gmt,modified_gmt,title,excerpt,content,categories,tags',
  '_links.author,_links.wp:term,_links.wp:featuredmedia,_embedded',
].join(',');
const STORY_EMBEDS = 'author,wp:term,wp:featuredmedia';

/** The one request for a story: the post by slug, trimmed to what Lede reads, with what it embeds. */
export function wordpressStoryUrl(restBase: string, slug: string): string {
  return wordpressRestUrl(restBase, 'posts', `slug=${encodeURIComponent(slug)}&_fields=${STORY_FIELDS}&_embed=${STORY_EMBEDS}`);
}

/**
 * The address a story had before its request was trimmed (`posts?slug=…&_embed`): copies saved or downloaded by an
 * earlier Lede are kept under it, and the worker still finds them there (decision 040).
 */
export function formerWordPressStoryUrl(restBase: string, slug: string): string {
  return wordpressRestUrl(restBase, 'posts', `slug=${encodeURIComponent(slug)}&_embed`);
}

/** The REST route a URL asks for (`/wp/v2/posts`), in either form; null for any other URL. */
function restRouteOf(url: URL): string | null {
  const plain = url.searchParams.get('rest_route');
  if (plain !== null && (url.pathname === '/' || url.pathname.endsWith('/index.php') || url.pathname.endsWith('/'))) return plain;
  const pretty = url.pathname.match(/\/wp-json(\/.*)$/);
  return pretty ? pretty[1]! : null;
}

/** True for a request to the REST API under `restBase` (the worker caches these; images and pages are not). */
export function isWordPressRestUrl(url: URL, restBase: string): boolean {
  const base = new URL(restBase);
  const baseRoute = restRouteOf(base);
  const route = restRouteOf(url);
  return url.origin === base.origin && baseRoute !== null && route !== null && route.startsWith(`${baseRoute}/`);
}

/** True for a story request (the service worker keeps these for offline reading, lists elsewhere). */
export function isWordPressStoryUrl(url: URL): boolean {
  const route = restRouteOf(url);
  return route !== null && /\/wp\/v2\/posts\/?$/.test(route) && url.searchParams.has('slug');
}
