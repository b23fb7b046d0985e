// localStorage that never throws: private mode, a full quota or a blocked store just means "not remembered". Each
// store keeps a small, bounded record here; anything large lives in Cache Storage (decision 030).
export function readStored(key: string): string | null {
  try {
    return window.localStorage.getItem(key);
  } catch {
    return null;
  }
}

export function removeStored(key: string): void {
  try {
    window.localStorage.removeItem(key);
  } catch {
    // Nothing to free, or storage refused: either way nothing more to do.
  }
}

/** The record in which releases before decision 030 kept whole story bodies (src/model/remember-read-version.ts moves it out). */
export const LEGACY_READ_VERSIONS_KEY = 'lede:read-versions';

function setStored(key: string, value: string): boolean {
  try {
    window.localStorage.setItem(key, value);
    return true;
  } catch {
    return false;
  }
}

/**
 * Returns false when the value could not be stored (storage disabled, or full even after making room). A store
 * filled by an earlier release's large record gives way: one store's size never stops another's writes.
 */
export function writeStored(key: string, value: string): boolean {
  if (setStored(key, value)) return true;
  if (readStored(LEGACY_READ_VERSIONS_KEY) === null) return false;
  removeStored(LEGACY_READ_VERSIONS_KEY);
  return setStored(key, value);
}

/** A stored JSON value, or `fallback` when it is missing, unreadable or not valid JSON. */
export function readStoredJson(key: string, fallback: unknown): unknown {
  try {
    return JSON.parse(readStored(key) ?? 'null') ?? fallback;
  } catch {
    return fallback;
  }
}

/** A stored object of per-story entries; anything else reads as empty. */
export function readStoredRecord<T>(key: string): Record<string, T> {
  const value = readStoredJson(key, {});
  return value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, T>) : {};
}

/** Stores per-story entries, keeping the `max` most recent by `at` (ISO time) so storage stays small. */
export function writeStoredRecord<T>(key: string, record: Record<string, T>, at: (entry: T) => string, max: number): boolean {
  const kept = Object.entries(record)
    .sort(([, a], [, b]) => at(b).localeCompare(at(a)))
    .slice(0, max);
  return writeStored(key, JSON.stringify(Object.fromEntries(kept)));
}
