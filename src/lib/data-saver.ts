// Whether this page saves data: the boot script marks <html data-save-data> before the first paint from the reader's
// Data saver setting (src/lib/preferences.ts), so the stylesheet, the early script and the app read one answer.
/** The attribute on `<html>` that says the data saver is on. */
export const DATA_SAVER_ATTRIBUTE = 'data-save-data';

/** True on a page marked by the boot script (never on the server: what the device chose is not the server's to say). */
export const dataSaverOn = (): boolean => typeof document == 'object' && document.documentElement.hasAttribute(DATA_SAVER_ATTRIBUTE);
