// A list of stories kept on this device (saved or recently read), linking to each.
import { AppLink } from './AppLink';
import { formatShortDate } from '../lib/dates';
import { saved as words } from '#words/saved';

export interface LocalStoryItem {
  slug: string;
  headline: string;
  /** e.g. "Saved 13 Jun 2020 · 240 kB" */
  detail?: string;
  when: string;
}

interface Props {
  items: LocalStoryItem[];
  empty: string;
  onRemove?: (slug: string) => void;
  removing?: string | null;
}

export function SavedList({ items, empty, onRemove, removing = null }: Props) {
  if (items.length === 0) return <p className="sidebar__empty">{empty}</p>;
  return (
    <ul className="saved-list">
      {items.map((item) => (
        <li key={item.slug} className="saved-list__item">
          <AppLink to={`/story/${item.slug}`} className="saved-list__title">
            {item.headline}
          </AppLink>
          <span className="saved-list__detail">
            <time dateTime={item.when}>{formatShortDate(item.when)}</time>
            {item.detail ? ` · ${item.detail}` : ''}
          </span>
          {onRemove && (
            <button type="button" onClick={() => onRemove(item.slug)} disabled={removing === item.slug} aria-label={words.removeLabel(item.headline)}>
              {words.remove}
            </button>
          )}
        </li>
      ))}
    </ul>
  );
}
