// Requests to the WordPress REST API (through the request path, src/api/http.ts): posts and terms, trimmed with `_fields`.
import * as v from 'valibot';
import { ContentError } from '../../errors';
import { parseContent, type GetOptions, type Http } from '../../http';
import { wordpressRestUrl } from './urls';
import { WordPressPostListSchema, WordPressTermListSchema, type WordPressPost, type WordPressTerm } from './schemas';

/** What a card needs, and the embeds that carry its topics and thumbnail (about half the bytes of a full `_embed`). */
const SUMMARY_FIELDS = 'id,slug,date,date_gmt,modified_gmt,sticky,title,excerpt,categories,tags,_links,_embedded';
const SUMMARY_EMBEDS = 'wp:term,wp:featuredmedia';
const TERM_FIELDS = 'id,name,slug,taxonomy,count,description';

/** WordPress's answer to a page number past the last page: a 400 with this code, which means "the list has ended". */
const PAST_END_CODE = 'rest_post_invalid_page_number';

/** A page of a list that counts its items in headers (X-WP-Total, X-WP-TotalPages), or the end of it. */
export type PagedAnswer<T> = { status: 'page'; data: T; total: number | null; totalPages: number | null } | { status: 'past-end' };

function headerCount(value: string | null): number | null {
  return value !== null && /^\d+$/.test(value.trim()) ? Number(value) : null;
}

/**
 * GET a page of the REST API with its counts; WordPress's 400 for a page past the end is `past-end`, any other 400 an
 * error. `fresh` bypasses the HTTP cache (update checks: WordPress sends no ETag to revalidate with).
 */
export async function getPagedJson<S extends v.GenericSchema>(
  http: Http,
  url: string,
  schema: S,
  options: GetOptions = {},
  { fresh = false }: { fresh?: boolean } = {},
): Promise<PagedAnswer<v.InferOutput<S>>> {
  const exchange = await http.send(url, options, { takeEarly: !fresh, ownStatus: 400, ...(fresh ? { cache: 'no-store' as const } : {}) });
  const body = await http.json(exchange);
  if (exchange.response.status === 400) {
    if ((body as { code?: unknown } | null)?.code === PAST_END_CODE) return { status: 'past-end' };
    throw new ContentError('http', url, { status: 400, detail: 'HTTP 400' });
  }
  const headers = exchange.response.headers;
  return {
    status: 'page',
    data: parseContent(schema, body, url),
    total: headerCount(headers.get('x-wp-total')),
    totalPages: headerCount(headers.get('x-wp-totalpages')),
  };
}

export type Params = Record<string, string | number | readonly (string | number)[] | null | undefined>;

export interface PostList {
  posts: WordPressPost[];
  totalPages: number | null;
}

function query(params: Params): string {
  const search = new URLSearchParams();
  for (const [name, value] of Object.entries(params)) {
    if (value === null || value === undefined) continue;
    if (Array.isArray(value)) {
      if (value.length > 0) search.set(name, value.join(','));
    } else search.set(name, String(value as string | number));
  }
  // `_embed` and `_fields` list rels and fields with commas, which WordPress reads unescaped.
  return search.toString().replace(/%2C/g, ',').replace(/%3A/g, ':');
}

/** Posts as cards would show them; a page past the end is an empty list, not an error. */
export async function fetchPostCards(http: Http, restBase: string, params: Params, options?: GetOptions): Promise<PostList> {
  const url = wordpressRestUrl(restBase, 'posts', query({ ...params, _fields: SUMMARY_FIELDS, _embed: SUMMARY_EMBEDS }));
  const answer = await getPagedJson(http, url, WordPressPostListSchema, options);
  return answer.status === 'past-end' ? { posts: [], totalPages: null } : { posts: answer.data, totalPages: answer.totalPages };
}

/** Posts by `url` exactly as given (a story request); `fresh` skips the HTTP cache. */
export async function fetchPostsAt(http: Http, url: string, options?: GetOptions, fresh = false): Promise<WordPressPost[]> {
  const answer = await getPagedJson(http, url, WordPressPostListSchema, options, { fresh });
  return answer.status === 'past-end' ? [] : answer.data;
}

/** Only some fields of posts (ids, terms), no embeds. */
export async function fetchPostFields(http: Http, restBase: string, params: Params, fields: string, options?: GetOptions): Promise<WordPressPost[]> {
  return fetchPostsAt(http, wordpressRestUrl(restBase, 'posts', query({ ...params, _fields: `id,slug,date_gmt,${fields}` })), options);
}

export async function fetchTerms(
  http: Http,
  restBase: string,
  taxonomy: 'categories' | 'tags',
  params: Params,
  options?: GetOptions,
): Promise<WordPressTerm[]> {
  const answer = await getPagedJson(
    http,
    wordpressRestUrl(restBase, taxonomy, query({ ...params, _fields: TERM_FIELDS })),
    WordPressTermListSchema,
    options,
  );
  return answer.status === 'past-end' ? [] : answer.data;
}
