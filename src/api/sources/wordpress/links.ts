// Links in WordPress content as Lede links: resolved against the site, the site's own posts and terms made app routes.
import { isSafeHref } from '../../../lib/safe-url';
import { isSlug } from '../../slug';

/** First path segments that are WordPress's own machinery or archives, never a post permalink. */
const RESERVED_SEGMENTS = new Set([
  'wp-content',
  'wp-admin',
  'wp-includes',
  'wp-json',
  'wp-login.php',
  'feed',
  'author',
  'page',
  'search',
  'comments',
  'attachment',
]);

/** `/topic/<slug>` for the site's category and tag archives; `/story/<slug>` for post permalinks. */
function ledeRoute(url: URL): string | null {
  const segments = url.pathname.split('/').filter(Boolean);
  const [first] = segments;
  if (url.search || segments.length === 0 || !first || RESERVED_SEGMENTS.has(first)) return null;
  if ((first === 'category' || first === 'tag') && segments.length >= 2) {
    const slug = segments.at(-1) ?? '';
    return isSlug(slug) ? `/topic/${slug}` : null;
  }
  const slug = segments.at(-1) ?? '';
  if (!isSlug(slug)) return null;
  // "Day and name" (/2023/05/22/slug/) and "Month and name" (/2023/05/slug/) permalinks are posts. A bare /slug/
  // may be a page as well as a post, so it stays a link to the site rather than risk a not-found story.
  const datePrefix = segments.slice(0, -1);
  const isDated =
    datePrefix.length >= 2 &&
    datePrefix.length <= 3 &&
    /^\d{4}$/.test(datePrefix[0] ?? '') &&
    datePrefix.slice(1).every((part) => /^\d{2}$/.test(part));
  return isDated ? `/story/${slug}` : null;
}

/**
 * The href Lede should render for a link in a post, or null when it is not safe (javascript:, data:, mailto: …).
 * Relative links resolve against the site (`siteUrl`, never the app's own address) and links to its posts,
 * categories and tags become Lede routes; other links stay absolute http(s) links out.
 */
export function ledeHref(href: string, siteUrl: string): string | null {
  const absolute = resolveOnSite(href, siteUrl);
  if (!absolute) return null;
  const url = new URL(absolute);
  return url.origin === new URL(siteUrl).origin ? (ledeRoute(url) ?? absolute) : absolute;
}

/** An image address Lede may load: absolute http(s), relative ones resolved against the site; never data:, javascript: or blob:. */
export function ledeImageUrl(src: string, siteUrl: string): string | null {
  return resolveOnSite(src, siteUrl);
}

/** `href` made absolute against the site, when that is a safe address. */
function resolveOnSite(href: string, siteUrl: string): string | null {
  // The URL parser ignores tabs and newlines, so "/\t/host" would otherwise slip past the protocol-relative check.
  const trimmed = href.trim().replace(/[\t\n\r]/g, '');
  // Protocol-relative links ("//host", "\\host") would leave the site while looking relative.
  if (trimmed === '' || trimmed.startsWith('#') || /^[/\\]{2}/.test(trimmed)) return null;
  let absolute: URL;
  try {
    // The site is a folder: "a.jpg" on https://x.example/news is https://x.example/news/a.jpg.
    absolute = new URL(trimmed, siteUrl.endsWith('/') ? siteUrl : `${siteUrl}/`);
  } catch {
    return null;
  }
  return isSafeHref(absolute.href) ? absolute.href : null;
}
