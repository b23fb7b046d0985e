// localStorage that never throws: private mode, a full quota or a blocked store just means "not remembered".
export function readStored(key: string): string | null {
  try {
    return window.localStorage.getItem(key);
  } catch {
    return null;
  }
}

/** Returns false when the value could not be stored (quota full, storage disabled). */
export function writeStored(key: string, value: string): boolean {
  try {
    window.localStorage.setItem(key, value);
    return true;
  } catch {
    return false;
  }
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
