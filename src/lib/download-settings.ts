// The "refresh my download when Lede opens" setting, and whether this connection allows it (Network Information API).
import { readStoredRecord, writeStored } from './storage';

export const DOWNLOAD_SETTINGS_KEY = 'lede:download';

/** Off unless the reader turned it on. */
export function readAutoRefresh(): boolean {
  return readStoredRecord<unknown>(DOWNLOAD_SETTINGS_KEY).autoRefresh === true;
}

/** Returns false when the setting could not be stored. */
export function saveAutoRefresh(autoRefresh: boolean): boolean {
  return writeStored(DOWNLOAD_SETTINGS_KEY, JSON.stringify({ autoRefresh }));
}

/** The parts of NetworkInformation Lede reads; `metered` is from an older draft some browsers may still carry. */
interface ConnectionHints {
  saveData?: boolean;
  type?: string;
  metered?: boolean;
}

/** `unknown` where the browser has no Network Information API: then Lede never downloads on its own. */
export type ConnectionKind = 'unknown' | 'metered' | 'unmetered';

export function connectionKind(nav: Navigator = navigator): ConnectionKind {
  const connection = (nav as Navigator & { connection?: ConnectionHints }).connection;
  if (!connection) return 'unknown';
  return connection.saveData === true || connection.type === 'cellular' || connection.metered === true ? 'metered' : 'unmetered';
}
