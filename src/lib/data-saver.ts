// Whether this page saves data: the boot script marks <html data-save-data> before the first paint from the reader's
// Data saver setting (src/lib/preferences.ts), so the stylesheet, the early script and the app read one answer; the
// service worker, which has neither, reads the setting the page left it (src/pwa/data-saver-record.ts).
/** The attribute on `<html>` that says the data saver is on. */
export const DATA_SAVER_ATTRIBUTE = 'data-save-data';

/** True on a page marked by the boot script (never on the server: what the device chose is not the server's to say). */
export const dataSaverOn = (): boolean => typeof document == 'object' && document.documentElement.hasAttribute(DATA_SAVER_ATTRIBUTE);

/** Whether a Data saver setting saves data: "on", or "auto" (anything unknown) while the browser asks to (Save-Data). */
export const savesData = (setting: unknown, browserSavesData: boolean | undefined): boolean =>
  setting === 'on' || (setting !== 'off' && browserSavesData === true);

/** The browser's Save-Data signal where it has one (`navigator.connection.saveData`, Chromium; in workers too). */
export const browserSavesData = (): boolean | undefined => (navigator as { connection?: { saveData?: boolean } }).connection?.saveData;

/** Where the page leaves the setting for the service worker: among Lede's own entries of the saved cache (`/__lede/`). */
export const DATA_SAVER_RECORD_PATH = '/__lede/data-saver';
