// A <time> element showing an ISO instant in the publication's house style.
import { formatPublicationTime } from '../lib/dates';

export function Timestamp({ iso }: { iso: string }) {
  return <time dateTime={iso}>{formatPublicationTime(iso)}</time>;
}
