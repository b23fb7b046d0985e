// `npm run wordpress:record`: records the seeded WordPress's REST answers into mocks/wordpress/recorded/ for the mapper's tests.
// Run `npm run wordpress` first. Each file holds the request, the status, the headers a client reads, and the JSON body.
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const OUT_DIR = join(ROOT, 'mocks/wordpress/recorded');
const PORT = Number(process.env.LEDE_WP_PORT ?? 8881);
const BASE = `http://127.0.0.1:${PORT}`;
/** Recordings always name the default address, so re-recording from another port changes no file. */
const RECORDED_BASE = 'http://127.0.0.1:8881';
/** The headers Lede's client may read (the rest, like Date, change on every run). */
const KEPT_HEADERS = [
  'content-type',
  'x-wp-total',
  'x-wp-totalpages',
  'link',
  'allow',
  'access-control-expose-headers',
  'access-control-allow-origin',
];
/** Any origin other than WordPress's own, to record the CORS answer a Lede build on another host gets. */
const ORIGIN = 'http://127.0.0.1:4321';

async function getJson(path: string): Promise<unknown> {
  const response = await fetch(`${BASE}${path}`);
  if (!response.ok) throw new Error(`${path}: HTTP ${response.status}`);
  return response.json();
}

async function termId(taxonomy: 'categories' | 'tags', slug: string): Promise<number> {
  const [term] = (await getJson(`/wp-json/wp/v2/${taxonomy}?slug=${slug}`)) as { id: number }[];
  if (!term) throw new Error(`no ${taxonomy} ${slug}: is this the seeded WordPress?`);
  return term.id;
}

async function record(name: string, path: string, expectStatus = 200): Promise<void> {
  const response = await fetch(`${BASE}${path}`, { headers: { Origin: ORIGIN } });
  if (response.status !== expectStatus) throw new Error(`${path}: expected ${expectStatus}, got ${response.status}`);
  const headers: Record<string, string> = {};
  for (const header of KEPT_HEADERS) {
    const value = response.headers.get(header);
    if (value !== null) headers[header] = value;
  }
  const body: unknown = await response.json();
  const file = { request: { method: 'GET', url: `${BASE}${path}` }, status: response.status, headers, body };
  const text = `${JSON.stringify(file, null, 2)}\n`.split(BASE).join(RECORDED_BASE);
  writeFileSync(join(OUT_DIR, `${name}.json`), text);
  console.log(`recorded ${name}.json  ${response.status}  ${(text.length / 1024).toFixed(1)} KB  ${path}`);
}

async function main(): Promise<void> {
  try {
    await getJson('/wp-json/');
  } catch {
    throw new Error(`no WordPress at ${BASE}: start it with \`npm run wordpress\``);
  }
  const transport = await termId('categories', 'transport');
  const mostRead = await termId('tags', 'most-read');
  mkdirSync(OUT_DIR, { recursive: true });
  for (const old of readdirSync(OUT_DIR)) if (old.endsWith('.json')) rmSync(join(OUT_DIR, old));

  const posts = '/wp-json/wp/v2/posts';
  await record('posts-embed-page-1', `${posts}?_embed`);
  await record('posts-embed-last-page', `${posts}?_embed&per_page=5&page=6`);
  await record('posts-page-past-end', `${posts}?per_page=5&page=7`, 400);
  await record('posts-per-page-too-big', `${posts}?per_page=101`, 400);
  await record('posts-before-date-only', `${posts}?before=2024-01-01`, 400);
  await record('posts-sticky-embed', `${posts}?sticky=true&_embed`);
  await record(
    'posts-fields-trimmed',
    `${posts}?_embed&per_page=5&_fields=id,slug,date_gmt,modified_gmt,sticky,title,excerpt,featured_media,categories,tags,_links,_embedded`,
  );
  for (const slug of [
    'harbour-bridge-reopens',
    'tip-line-scam-warning',
    'tram-line-extension-approved',
    'film-festival-lineup',
    'council-budget-vote',
  ]) {
    await record(`post-${slug}`, `${posts}?slug=${slug}&_embed`);
  }
  await record('post-unknown-slug', `${posts}?slug=no-such-story&_embed`);
  await record('post-draft-slug', `${posts}?slug=embargoed-ferry-fares&_embed`);
  await record('posts-archive-before', `${posts}?_embed&per_page=5&before=2024-01-01T00:00:00`);
  await record('posts-category-transport', `${posts}?_embed&per_page=5&categories=${transport}`);
  await record('posts-tag-most-read', `${posts}?_embed&per_page=5&tags=${mostRead}`);
  await record(
    'posts-similar-harbour-bridge',
    `${posts}?_embed&per_page=4&categories=${transport}&exclude=${await postId('harbour-bridge-reopens')}`,
  );
  await record('posts-search', `${posts}?_embed&per_page=5&search=harbour%20bridge`);
  await record('posts-search-no-match', `${posts}?_embed&search=harbour%20zebra`);
  await record('search-endpoint', '/wp-json/wp/v2/search?search=harbour');
  await record('categories', '/wp-json/wp/v2/categories?per_page=100');
  await record('category-by-slug', '/wp-json/wp/v2/categories?slug=transport');
  await record('tags', '/wp-json/wp/v2/tags?per_page=100&orderby=count&order=desc');
  await record('users', '/wp-json/wp/v2/users?per_page=100');
  await record('media-page-1', '/wp-json/wp/v2/media?per_page=5');
  console.log(`recorded into ${OUT_DIR}`);
}

async function postId(slug: string): Promise<number> {
  const [post] = (await getJson(`/wp-json/wp/v2/posts?slug=${slug}&_fields=id`)) as { id: number }[];
  if (!post) throw new Error(`no post ${slug}`);
  return post.id;
}

main().catch((error: unknown) => {
  console.error(`wordpress:record: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
});
