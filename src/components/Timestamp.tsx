// A <time> element showing an ISO instant in the publication's house style, with "2 hours ago" for recent news.
import { formatPublicationTime } from '../lib/dates';
import { formatRelativeTime, isRecent } from '../lib/relative-time';

export function Timestamp({ iso, relative = false }: { iso: string; relative?: boolean }) {
  return (
    <>
      <time dateTime={iso}>{formatPublicationTime(iso)}</time>
      {relative && isRecent(iso) && <span className="timestamp__relative"> ({formatRelativeTime(iso)})</span>}
    </>
  );
}
