// A <time> element showing an ISO instant in the publication's house style, with "2 hours ago" for recent news (once
// the page is past hydration: a server-rendered page may be read minutes after it was rendered).
import { formatPublicationTime } from '../lib/dates';
import { useHydrated } from '../lib/hydration';
import { formatRelativeTime, isRecent } from '../lib/relative-time';
import { time } from '#words/time';

export function Timestamp({ iso, relative = false }: { iso: string; relative?: boolean }) {
  const hydrated = useHydrated();
  return (
    <>
      <time dateTime={iso}>{formatPublicationTime(iso)}</time>
      {relative && hydrated && isRecent(iso) && <span className="timestamp__relative">{time.ago(formatRelativeTime(iso))}</span>}
    </>
  );
}
