// MSW handlers for the cursor-paged lists (archive, topic stories, search) and the generated archive's stories.
import { http, HttpResponse, type HttpHandler } from 'msw';
import type { StoryInput, BodyBlockInput } from '../../src/api/story';
import type { SearchResultInput } from '../../src/api/archive';
import {
  ARCHIVE_SEED,
  archivePage,
  clampArchiveSize,
  cursorBefore,
  decodeCursor,
  encodeCursor,
  generatedArticle,
  generatedIndexOf,
  type Archive,
  type ArchiveCursor,
  type ArchiveEntry,
} from '../fixtures/archive-generator';
import { topics } from '#fixtures';
import { PUBLICATION } from '../../src/lib/publication';
import { foldForSearch } from '../../src/lib/highlight';
import type { SwitchReader, TestSwitches } from '../test-switches';
import { API } from './api-path';

const MAX_LIMIT = 100;
const DEFAULT_LIMIT = 20;

/** The archive this request sees: the default size unless a test switch sets another. */
export function archiveFor(switches: TestSwitches | undefined): Archive {
  return { size: clampArchiveSize(switches?.archiveSize), seed: ARCHIVE_SEED };
}

/** A generated story of this archive, built on demand from its slug. */
export function generatedStory(switches: TestSwitches | undefined, slug: string): StoryInput | undefined {
  const archive = archiveFor(switches);
  const index = generatedIndexOf(archive, slug);
  return index === undefined ? undefined : generatedArticle(archive, index);
}

const badRequest = (message: string) => HttpResponse.json({ error: 'bad_request', message }, { status: 400 });

function limitOf(url: URL): number | undefined {
  const raw = url.searchParams.get('limit');
  if (raw === null) return DEFAULT_LIMIT;
  const limit = Number(raw);
  return Number.isInteger(limit) && limit >= 1 ? Math.min(limit, MAX_LIMIT) : undefined;
}

/** Midnight at the start of `day` (YYYY-MM-DD) in the publication's time zone. */
function startOfDay(day: string): number | undefined {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) return undefined;
  const utc = Date.parse(`${day}T00:00:00Z`);
  if (Number.isNaN(utc)) return undefined;
  const wall = new Date(utc).toLocaleString('sv-SE', { timeZone: PUBLICATION.timeZone }).replace(' ', 'T');
  return utc + (utc - Date.parse(`${wall}Z`));
}

function inlineText(runs: Array<{ text: string }>): string {
  return runs.map((run) => run.text).join('');
}

function blockText(block: BodyBlockInput): string {
  switch (block.type) {
    case 'paragraph':
    case 'cta':
      return inlineText(block.content);
    case 'list':
      return block.items.map(inlineText).join(' ');
    case 'heading':
      return block.text;
    case 'embed':
      return block.text ?? '';
    case 'quote':
      return `${block.text} ${block.attribution ?? ''}`;
    default:
      return '';
  }
}

const bodyText = (story: StoryInput) => story.body.map(blockText).join(' ').replace(/\s+/g, ' ');

const fold = foldForSearch;

export const searchWords = (query: string) => fold(query).split(/\s+/).filter(Boolean);

/** The index in `text` of the character at `index` of its folded form. */
function unfoldedIndex(text: string, index: number): number {
  let seen = 0;
  for (let at = 0; at < text.length; at += 1) {
    if (seen >= index) return at;
    seen += fold(text[at]!).length;
  }
  return text.length;
}

/** A short passage of `text` around the first of `words` it contains. */
function excerptAround(text: string, words: string[]): string {
  const folded = fold(text);
  const first = Math.min(...words.map((word) => folded.indexOf(word)).filter((index) => index >= 0));
  if (!Number.isFinite(first)) return '';
  const at = unfoldedIndex(text, first);
  const start = Math.max(0, text.lastIndexOf(' ', Math.max(0, at - 70)) + 1);
  const endSpace = text.indexOf(' ', Math.min(text.length, at + 110));
  const end = endSpace === -1 ? text.length : endSpace;
  return `${start > 0 ? '…' : ''}${text.slice(start, end).trim()}${end < text.length ? '…' : ''}`;
}

/** Every word (folded) must appear in the headline, the standfirst or the body. */
function matches(entry: ArchiveEntry, words: string[]): string | undefined {
  const summaryText = fold(`${entry.summary.headline} ${entry.summary.standfirst ?? ''}`);
  if (words.every((word) => summaryText.includes(word))) return '';
  const body = bodyText(entry.story());
  const all = `${summaryText} ${fold(body)}`;
  return words.every((word) => all.includes(word)) ? excerptAround(body, words) : undefined;
}

function paged(url: URL, start: ArchiveCursor, archive: Archive, accept?: (entry: ArchiveEntry) => boolean) {
  const limit = limitOf(url);
  if (limit === undefined) return badRequest('limit must be a whole number of at least 1');
  const raw = url.searchParams.get('cursor');
  const cursor = raw === null ? start : decodeCursor(raw);
  if (!cursor) return badRequest('cursor is not one this API gave out');
  const page = archivePage(archive, cursor, limit, accept);
  return { page };
}

/** The paged lists; `switchesOf` gives each request's test switches where tests run. */
export const archiveHandlers = (switchesOf: SwitchReader | undefined): HttpHandler[] => [
  http.get(`${API}/archive`, ({ request, cookies }) => {
    const url = new URL(request.url);
    const archive = archiveFor(switchesOf?.(cookies));
    const before = url.searchParams.get('before');
    const beforeMs = before ? startOfDay(before) : undefined;
    if (before && beforeMs === undefined) return badRequest('before must be a date, YYYY-MM-DD');
    const result = paged(url, beforeMs === undefined ? { generated: 0, real: 0 } : cursorBefore(archive, beforeMs), archive);
    if (result instanceof Response) return result;
    return HttpResponse.json({
      items: result.page.items.map((entry) => entry.summary),
      nextCursor: result.page.next && encodeCursor(result.page.next),
    });
  }),

  http.get(`${API}/topics/:slug/stories`, ({ request, params, cookies }) => {
    const slug = String(params.slug);
    if (!topics.some((topic) => topic.slug === slug)) return HttpResponse.json({ error: 'not_found', message: 'No such topic' }, { status: 404 });
    const url = new URL(request.url);
    const result = paged(url, { generated: 0, real: 0 }, archiveFor(switchesOf?.(cookies)), (entry) => entry.topicSlugs.includes(slug));
    if (result instanceof Response) return result;
    return HttpResponse.json({
      items: result.page.items.map((entry) => entry.summary),
      nextCursor: result.page.next && encodeCursor(result.page.next),
    });
  }),

  http.get(`${API}/search`, ({ request, cookies }) => {
    const url = new URL(request.url);
    const words = searchWords(url.searchParams.get('q') ?? '');
    if (words.length === 0) return HttpResponse.json({ items: [], nextCursor: null });
    const excerpts = new Map<string, string>();
    const result = paged(url, { generated: 0, real: 0 }, archiveFor(switchesOf?.(cookies)), (entry) => {
      const excerpt = matches(entry, words);
      if (excerpt !== undefined) excerpts.set(entry.summary.slug, excerpt);
      return excerpt !== undefined;
    });
    if (result instanceof Response) return result;
    const items: SearchResultInput[] = result.page.items.map((entry) => ({ ...entry.summary, excerpt: excerpts.get(entry.summary.slug) ?? '' }));
    return HttpResponse.json({ items, nextCursor: result.page.next && encodeCursor(result.page.next) });
  }),
];
