// Reader display preferences (theme, text size, motion, data saver): stored locally and applied as attributes on <html>.
import { DATA_SAVER_ATTRIBUTE } from './data-saver';
import { readStoredRecord, writeStored } from './storage';

export const THEMES = ['system', 'light', 'dark'] as const;
export const TEXT_SIZES = ['small', 'medium', 'large', 'x-large'] as const;
export const MOTIONS = ['system', 'reduce'] as const;
/** `auto` follows the browser's Save-Data signal (`navigator.connection.saveData`) where it has one. */
export const DATA_SAVERS = ['auto', 'on', 'off'] as const;

export interface Preferences {
  theme: (typeof THEMES)[number];
  textSize: (typeof TEXT_SIZES)[number];
  motion: (typeof MOTIONS)[number];
  dataSaver: (typeof DATA_SAVERS)[number];
}

export const PREFERENCES_KEY = 'lede:preferences';
export const DEFAULT_PREFERENCES: Preferences = { theme: 'system', textSize: 'medium', motion: 'system', dataSaver: 'auto' };

function pick<T extends string>(allowed: readonly T[], value: unknown, fallback: T): T {
  return allowed.includes(value as T) ? (value as T) : fallback;
}

/** Whether a Data saver setting saves data: "on", or "auto" (anything unknown) while the browser asks to (Save-Data). */
export const savesData = (setting: unknown, browserSavesData: boolean | undefined): boolean =>
  setting === 'on' || (setting !== 'off' && browserSavesData === true);

/** The browser's Save-Data signal where it has one (`navigator.connection.saveData`, Chromium; in workers too). */
export const browserSavesData = (): boolean | undefined => (navigator as { connection?: { saveData?: boolean } }).connection?.saveData;

/**
 * Where the page leaves the Data saver setting for the service worker (src/pwa/data-saver-record.ts), which has no
 * localStorage: among Lede's own entries of the saved cache (`/__lede/`).
 */
export const DATA_SAVER_RECORD_PATH = '/__lede/data-saver';

/** Stored preferences, with anything unknown or corrupt replaced by the default. */
export function readPreferences(): Preferences {
  const raw = readStoredRecord<unknown>(PREFERENCES_KEY);
  return {
    theme: pick(THEMES, raw.theme, DEFAULT_PREFERENCES.theme),
    textSize: pick(TEXT_SIZES, raw.textSize, DEFAULT_PREFERENCES.textSize),
    motion: pick(MOTIONS, raw.motion, DEFAULT_PREFERENCES.motion),
    dataSaver: pick(DATA_SAVERS, raw.dataSaver, DEFAULT_PREFERENCES.dataSaver),
  };
}

/** Sets the <html> attributes the stylesheet (and, for the data saver, the app) reads; defaults leave them off. */
export function applyPreferences(preferences: Preferences, root: HTMLElement = document.documentElement): void {
  const set = (name: string, value: string, neutral: string) => (value === neutral ? root.removeAttribute(name) : root.setAttribute(name, value));
  set('data-theme', preferences.theme, 'system');
  set('data-text-size', preferences.textSize, 'medium');
  set('data-motion', preferences.motion, 'system');
  root.toggleAttribute(DATA_SAVER_ATTRIBUTE, savesData(preferences.dataSaver, browserSavesData()));
}

/** Saves and applies; returns false if they could not be stored (they still apply for this visit). */
export function savePreferences(preferences: Preferences): boolean {
  applyPreferences(preferences);
  return writeStored(PREFERENCES_KEY, JSON.stringify(preferences));
}
