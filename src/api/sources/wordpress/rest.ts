// Requests to the WordPress REST API (through the request path, src/api/http.ts): posts and terms, trimmed with `_fields`.
import type { GetOptions, Http } from '../../http';
import { wordpressRestUrl } from './urls';
import { WordPressPostListSchema, WordPressTermListSchema, type WordPressPost, type WordPressTerm } from './schemas';

/** What a card needs, and the embeds that carry its topics and thumbnail (about half the bytes of a full `_embed`). */
const SUMMARY_FIELDS = 'id,slug,date,date_gmt,modified_gmt,sticky,title,excerpt,categories,tags,_links,_embedded';
const SUMMARY_EMBEDS = 'wp:term,wp:featuredmedia';
const TERM_FIELDS = 'id,name,slug,taxonomy,count,description';

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
  const answer = await http.getPagedJson(url, WordPressPostListSchema, options);
  return answer.status === 'past-end' ? { posts: [], totalPages: null } : { posts: answer.data, totalPages: answer.totalPages };
}

/** Posts by `url` exactly as given (a story request); `fresh` skips the HTTP cache. */
export async function fetchPostsAt(http: Http, url: string, options?: GetOptions, fresh = false): Promise<WordPressPost[]> {
  const answer = await http.getPagedJson(url, WordPressPostListSchema, options, { fresh });
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
  const answer = await http.getPagedJson(
    wordpressRestUrl(restBase, taxonomy, query({ ...params, _fields: TERM_FIELDS })),
    WordPressTermListSchema,
    options,
  );
  return answer.status === 'past-end' ? [] : answer.data;
}
