// For tests: a WordPress REST API in MSW made of the posts and terms recorded from the seeded site (mocks/wordpress/
// recorded/), answering the queries the WordPress source sends the way WordPress 6.1 does (filters, paging, 400s,
// `_fields` and `_embed`).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { http, HttpResponse } from 'msw';

export const RECORDED_SITE = 'http://127.0.0.1:8881';
const DIR = join(import.meta.dirname, 'recorded');

export interface RecordedPost {
  id: number;
  slug: string;
  date: string;
  date_gmt: string;
  sticky: boolean;
  categories: number[];
  tags: number[];
  title: { rendered: string };
  content: { rendered: string };
  [field: string]: unknown;
}

interface Recording {
  status: number;
  body: unknown;
}
const recording = (name: string) => JSON.parse(readFileSync(join(DIR, `${name}.json`), 'utf8')) as Recording;

/** Every distinct post in the recordings, newest first (full `_embed` copies win over trimmed ones). */
export function recordedPosts(): RecordedPost[] {
  const posts = new Map<number, RecordedPost>();
  for (const name of readdirSync(DIR).filter((file) => file.startsWith('post') && !file.includes('fields'))) {
    const { status, body } = recording(name.replace(/\.json$/, ''));
    if (status === 200 && Array.isArray(body)) for (const post of body as RecordedPost[]) if (!posts.has(post.id)) posts.set(post.id, post);
  }
  return [...posts.values()].sort((a, b) => b.date.localeCompare(a.date) || b.id - a.id);
}

export const recordedTerms = (taxonomy: 'categories' | 'tags') => recording(taxonomy).body as Array<{ id: number; slug: string }>;

const numbers = (value: string | null) => (value ? value.split(',').map(Number) : []);
const pastEnd = () =>
  HttpResponse.json(
    {
      code: 'rest_post_invalid_page_number',
      message: 'The page number requested is larger than the number of pages available.',
      data: { status: 400 },
    },
    { status: 400 },
  );

/**
 * A recorded post as WordPress shapes it for the query `q`: embeds only with `_embed` (only the rels it names, when it
 * names some), then only the fields `_fields` names (`a.b` keeps `a`). Recordings are full `_embed` copies.
 */
function shaped(post: RecordedPost, q: URLSearchParams): Record<string, unknown> {
  const { _embedded: embedded, ...fields } = post;
  const rels = q.get('_embed')?.split(',').filter(Boolean) ?? [];
  const embeds =
    q.has('_embed') && embedded && typeof embedded === 'object'
      ? { _embedded: rels.length === 0 ? embedded : Object.fromEntries(Object.entries(embedded).filter(([rel]) => rels.includes(rel))) }
      : {};
  const whole = { ...fields, ...embeds };
  const wanted = q
    .get('_fields')
    ?.split(',')
    .map((field) => field.split('.')[0]);
  return wanted ? Object.fromEntries(Object.entries(whole).filter(([name]) => wanted.includes(name))) : whole;
}

/** The recorded site's answer to `posts` (over `posts`, which a test may alter) with the query `q`. */
function answerPosts(posts: RecordedPost[], q: URLSearchParams): Response {
  const perPage = Number(q.get('per_page') ?? 10);
  if (perPage > 100) return HttpResponse.json({ code: 'rest_invalid_param', data: { status: 400 } }, { status: 400 });
  const categories = numbers(q.get('categories'));
  const tags = numbers(q.get('tags'));
  const words = (q.get('search') ?? '').toLowerCase().split(/\s+/).filter(Boolean);
  const matches = posts.filter((post) => {
    const inTerms = [categories.some((id) => post.categories.includes(id)), tags.some((id) => post.tags.includes(id))];
    const wanted = [categories.length > 0, tags.length > 0];
    const terms = q.get('tax_relation') === 'OR' ? !wanted.some(Boolean) || inTerms.some(Boolean) : wanted.every((w, i) => !w || inTerms[i]);
    const text = `${post.title.rendered} ${post.content.rendered}`.toLowerCase();
    return (
      (!q.has('slug') || q.get('slug') === post.slug) &&
      (!q.has('sticky') || post.sticky === (q.get('sticky') === 'true')) &&
      !numbers(q.get('exclude')).includes(post.id) &&
      (!q.has('before') || post.date < (q.get('before') ?? '')) &&
      terms &&
      words.every((word) => text.includes(word))
    );
  });
  const totalPages = Math.ceil(matches.length / perPage);
  const page = Number(q.get('page') ?? 1);
  if (page > 1 && page > totalPages) return pastEnd();
  const headers = { 'X-WP-Total': String(matches.length), 'X-WP-TotalPages': String(totalPages) };
  return HttpResponse.json(
    matches.slice((page - 1) * perPage, page * perPage).map((post) => shaped(post, q)),
    { headers },
  );
}

/** The recorded site's answer to `categories` or `tags` with the query `q`. */
function answerTerms(taxonomy: 'categories' | 'tags', q: URLSearchParams): Response {
  const slugs = q.get('slug')?.split(',');
  const include = numbers(q.get('include'));
  return HttpResponse.json(
    recordedTerms(taxonomy).filter((term) => (!slugs || slugs.includes(term.slug)) && (include.length === 0 || include.includes(term.id))),
  );
}

/**
 * MSW handlers for `posts`, `categories` and `tags`, as a site with pretty permalinks serves them (`/wp-json/wp/v2/…`)
 * or, with `permalinks: 'plain'`, only as `/?rest_route=/wp/v2/…` (its `/wp-json/` is then no API at all).
 */
export function recordedSiteHandlers(posts: RecordedPost[] = recordedPosts(), permalinks: 'pretty' | 'plain' = 'pretty') {
  if (permalinks === 'plain') {
    return [
      http.get(`${RECORDED_SITE}/`, ({ request }) => {
        const q = new URL(request.url).searchParams;
        const route = q.get('rest_route');
        if (route === '/wp/v2/posts') return answerPosts(posts, q);
        if (route === '/wp/v2/categories' || route === '/wp/v2/tags') return answerTerms(route === '/wp/v2/tags' ? 'tags' : 'categories', q);
        return HttpResponse.json({ code: 'rest_no_route', data: { status: 404 } }, { status: 404 });
      }),
    ];
  }
  const rest = `${RECORDED_SITE}/wp-json/wp/v2`;
  return [
    http.get(`${rest}/posts`, ({ request }) => answerPosts(posts, new URL(request.url).searchParams)),
    ...(['categories', 'tags'] as const).map((taxonomy) =>
      http.get(`${rest}/${taxonomy}`, ({ request }) => answerTerms(taxonomy, new URL(request.url).searchParams)),
    ),
  ];
}
