// The live page's status line: a "Live" label with the last-updated time, or "Ended" with the time the coverage
// ended; the time wraps under the label where the line is too short, never cut (src/routes/story/live/live.css).
import type { LiveCoverage } from '../api/live';
import { Timestamp } from './Timestamp';
import { live as words } from '#words/live';

interface Props {
  live: Pick<LiveCoverage, 'status' | 'endedAt'>;
  /** The newest time the page shows: its newest post's, else the story's. */
  updatedAt: string;
}

export function LiveStatus({ live, updatedAt }: Props) {
  const ended = live.status === 'ended';
  return (
    <p className="live-status" data-status={live.status}>
      <span className={ended ? 'live-status__label live-status__label--ended' : 'live-status__label'}>{ended ? words.ended : words.live}</span>{' '}
      {ended ? (
        <span>{words.coverageEnded(<Timestamp key="t" iso={live.endedAt ?? updatedAt} />)}</span>
      ) : (
        <span>{words.lastUpdated(<Timestamp key="t" iso={updatedAt} />)}</span>
      )}
    </p>
  );
}
