// The key events of a live story, newest first, each a link to its post (`#post-<id>`, shareable).
import type { Post } from '../api/post';
import { formatPublicationTime } from '../lib/dates';
import { postAnchor } from '../lib/live-anchors';
import { live as words } from '#words/live';

/** A key event's name: its title, else the start of its first paragraph. */
function eventName(post: Post): string {
  if (post.title) return post.title;
  for (const block of post.body) {
    const text = block.type === 'paragraph' ? block.content.map((run) => run.text).join('') : block.type === 'heading' ? block.text : '';
    if (text) return text.length > 90 ? `${text.slice(0, 88).trimEnd()}…` : text;
  }
  return words.keyEvent;
}

/** `pinnedId`: the pinned post's event links to its full copy at the top of the page. */
export function KeyEvents({ events, pinnedId = null }: { events: readonly Post[]; pinnedId?: string | null }) {
  if (events.length === 0) return null;
  return (
    <nav className="key-events" aria-labelledby="key-events-heading">
      <h2 id="key-events-heading" className="key-events__heading">
        {words.keyEvents}
      </h2>
      <ol>
        {events.map((post) => (
          <li key={post.id}>
            <time dateTime={post.publishedAt}>{formatPublicationTime(post.publishedAt)}</time>{' '}
            <a href={`#${post.id === pinnedId ? 'pinned-' : ''}${postAnchor(post.id)}`}>{eventName(post)}</a>
          </li>
        ))}
      </ol>
    </nav>
  );
}
