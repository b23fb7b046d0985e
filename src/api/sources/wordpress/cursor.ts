// The archive's cursor over WordPress: the last post's local time plus the ids already shown at that second.
// `before=` is exclusive and whole-second, so the next page asks for `before = time + 1 s` and excludes those ids:
// posts that share a timestamp are neither skipped nor repeated.
import type { WordPressPost } from './schemas';

export interface DateCursor {
  /** The site's local time of the last post shown ("2026-11-23T07:30:00"), which `before=` compares against. */
  date: string;
  /** The posts shown at exactly that time. */
  ids: number[];
}

const LOCAL_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}$/;

export function encodeCursor(cursor: DateCursor): string {
  return `${cursor.date}~${cursor.ids.join('.')}`;
}

/** The cursor in `value`, or null when it is not one this source wrote. */
export function decodeCursor(value: string | null | undefined): DateCursor | null {
  const match = /^([^~]+)~(\d+(?:\.\d+)*)$/.exec(value ?? '');
  if (!match || !LOCAL_TIME.test(match[1] ?? '')) return null;
  return { date: match[1] as string, ids: (match[2] as string).split('.').map(Number) };
}

/** One second after `date` (a local time without zone), in the same form. */
export function secondAfter(date: string): string {
  return new Date(Date.parse(`${date}Z`) + 1000).toISOString().slice(0, 19);
}

/** The cursor after `posts` (newest first), carrying `previous`'s ids when the page ends on the same second. */
export function cursorAfter(posts: readonly WordPressPost[], previous: DateCursor | null): DateCursor | null {
  const last = posts.at(-1);
  if (!last) return null;
  const date = last.date || last.date_gmt.slice(0, 19);
  const ids = posts.filter((post) => (post.date || post.date_gmt.slice(0, 19)) === date).map((post) => post.id);
  return { date, ids: previous?.date === date ? [...new Set([...previous.ids, ...ids])] : ids };
}
