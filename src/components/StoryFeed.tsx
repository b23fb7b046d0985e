// A long, paged list of stories, windowed with the window virtualizer: only rows near the viewport are in the DOM,
// so 100,000 loaded stories cost what 20 do. Day headings optional; "Load more" plus loading on scroll.
import { defaultRangeExtractor, useWindowVirtualizer, type Range } from '@tanstack/react-virtual';
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import type { Summary } from '../api/summary';
import { formatDayHeading, publicationDay } from '../lib/archive-days';
import { useHydrated } from '../lib/hydration';
import { readScrollMemory, writeScrollMemory } from '../lib/scroll-memory';
import { RetryNotice } from './RetryNotice';
import { StoryCard } from './StoryCard';
import { lists as words } from '#words/lists';

type Row<T> = { kind: 'day'; key: string; day: string } | { kind: 'story'; key: string; story: T };

interface Props<T extends Summary> {
  stories: T[];
  /** Insert a heading before each publication day's stories (newest-first lists). */
  groupByDay?: boolean;
  renderStory?: (story: T) => ReactNode;
  onIntent?: (slug: string) => void;
  hasMore: boolean;
  loadingMore: boolean;
  loadMoreError: unknown;
  onLoadMore: () => void;
  /** Where the reader was is remembered under this key (the history entry's), and restored on return. */
  memoryKey?: string;
  endMessage?: string;
}

/** Load the next page once the reader has scrolled to within this many rows of the end. */
const LOAD_AHEAD_ROWS = 8;

function toRows<T extends Summary>(stories: T[], groupByDay: boolean): Row<T>[] {
  const rows: Row<T>[] = [];
  let lastDay = '';
  for (const story of stories) {
    const day = groupByDay ? publicationDay(story.publishedAt) : '';
    if (day !== lastDay) rows.push({ kind: 'day', key: `day:${day}`, day });
    lastDay = day;
    rows.push({ kind: 'story', key: story.slug, story });
  }
  return rows;
}

/** Rows the server renders: a phone's first screen and more. */
const SERVER_ROWS = 12;

export function StoryFeed<T extends Summary>(props: Props<T>) {
  const { stories, groupByDay = false, renderStory, onIntent, hasMore, loadingMore, loadMoreError, onLoadMore, memoryKey, endMessage } = props;
  const rows = useMemo(() => toRows(stories, groupByDay), [stories, groupByDay]);
  const listRef = useRef<HTMLDivElement>(null);
  const [scrollMargin, setScrollMargin] = useState(0);
  const [focusedIndex, setFocusedIndex] = useState<number | null>(null);
  // Read once, when the list mounts: a return to this history entry starts where the reader left it.
  const [memory] = useState(() => (memoryKey ? readScrollMemory(memoryKey) : undefined));

  // The focused row stays rendered even when scrolled away, so keyboard focus is never dropped.
  const rangeExtractor = useCallback(
    (range: Range) => {
      const indexes = defaultRangeExtractor(range);
      return focusedIndex === null || indexes.includes(focusedIndex) ? indexes : [...indexes, focusedIndex].sort((a, b) => a - b);
    },
    [focusedIndex],
  );

  // oxlint-disable-next-line react/incompatible-library -- Lede does not use the React Compiler; the virtualizer re-renders this component itself.
  const virtualizer = useWindowVirtualizer({
    count: rows.length,
    estimateSize: (index) => (rows[index]?.kind === 'day' ? 56 : 132),
    getItemKey: (index) => rows[index]?.key ?? index,
    overscan: 6,
    scrollMargin,
    rangeExtractor,
    // (The server renders from the top.)
    initialOffset: () => memory?.offset ?? globalThis.window?.scrollY ?? 0,
    initialMeasurementsCache: memory?.measurements,
  });

  // The list's distance from the top of the document; content above it (notices, headings) can change.
  useLayoutEffect(() => {
    const top = (listRef.current?.getBoundingClientRect().top ?? 0) + window.scrollY;
    if (Math.abs(top - scrollMargin) > 0.5) setScrollMargin(top);
  }, [scrollMargin, rows.length]);

  useLayoutEffect(() => {
    if (memory) window.scrollTo(0, memory.offset);
  }, [memory]);

  // The offset is tracked as the reader scrolls: by the time an unmount runs, the next page's DOM may have clamped it.
  const offsetRef = useRef(memory?.offset ?? 0);
  useLayoutEffect(() => {
    if (!memoryKey) return undefined;
    const track = () => {
      offsetRef.current = window.scrollY;
    };
    const remember = () => writeScrollMemory(memoryKey, { offset: offsetRef.current, measurements: virtualizer.takeSnapshot() });
    window.addEventListener('scroll', track, { passive: true });
    window.addEventListener('pagehide', remember);
    return () => {
      window.removeEventListener('scroll', track);
      window.removeEventListener('pagehide', remember);
      remember();
    };
  }, [memoryKey, virtualizer]);

  // On the server and while the browser hydrates its HTML, the first rows in the page's flow, with no positions (the
  // page's policy refuses style attributes in HTML); the virtualizer places them once the page is the app's.
  const hydrated = useHydrated();
  const items = hydrated ? virtualizer.getVirtualItems() : rows.slice(0, SERVER_ROWS).map((row, index) => ({ key: row.key, index, start: 0 }));
  const lastIndex = items.at(-1)?.index ?? -1;
  const scrolled = (virtualizer.scrollOffset ?? 0) > 0;
  const footerRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    // Infinite scroll only after the reader scrolls; before that, "Load more" is right there. Only while "Load more"
    // is still below the screen: once the reader can see it, it stays put under their pointer until they use it
    // (a page loading on its own would push it down and put a day heading or a story where they click).
    const footerTop = footerRef.current?.getBoundingClientRect().top ?? Number.POSITIVE_INFINITY;
    const footerOnScreen = footerTop < window.innerHeight;
    if (scrolled && hasMore && !loadingMore && !loadMoreError && !footerOnScreen && lastIndex >= rows.length - LOAD_AHEAD_ROWS) onLoadMore();
  }, [scrolled, hasMore, loadingMore, loadMoreError, lastIndex, rows.length, onLoadMore]);

  return (
    <div className="story-feed">
      <div
        ref={listRef}
        className={hydrated ? 'story-feed__rows' : 'story-feed__rows story-feed__rows--flow'}
        style={hydrated ? { height: virtualizer.getTotalSize() } : undefined}
        onFocus={(event) => {
          const row = (event.target as HTMLElement).closest<HTMLElement>('[data-index]');
          if (row) setFocusedIndex(Number(row.dataset.index));
        }}
      >
        {items.map((item) => {
          const row = rows[item.index];
          if (!row) return null;
          return (
            <div
              key={item.key}
              data-index={item.index}
              ref={virtualizer.measureElement}
              className={row.kind === 'day' ? 'story-feed__row story-feed__row--day' : 'story-feed__row'}
              style={hydrated ? { transform: `translateY(${item.start - virtualizer.options.scrollMargin}px)` } : undefined}
            >
              {row.kind === 'day' ? (
                <h2 className="story-feed__day">{formatDayHeading(row.day)}</h2>
              ) : (
                (renderStory?.(row.story) ?? <StoryCard story={row.story} onIntent={onIntent} />)
              )}
            </div>
          );
        })}
      </div>
      <div className="story-feed__footer" ref={footerRef}>
        {loadMoreError ? (
          <RetryNotice what={words.more} error={loadMoreError} onRetry={onLoadMore} retrying={loadingMore} />
        ) : hasMore ? (
          // aria-disabled, not disabled: a disabled button would drop the keyboard focus while the page loads.
          <button type="button" className="story-feed__more" aria-disabled={loadingMore} onClick={() => loadingMore || onLoadMore()}>
            {loadingMore ? words.loadingMore : words.loadMore}
          </button>
        ) : (
          stories.length > 0 && <p className="story-feed__end">{endMessage ?? words.end}</p>
        )}
        <p className="visually-hidden" role="status">
          {stories.length > 0 ? words.shown(stories.length) : ''}
        </p>
      </div>
    </div>
  );
}
