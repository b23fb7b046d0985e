// The data saver as the app worker sees it: the setting the page left it (src/pwa/data-saver-record.ts; "auto" when
// none) and the browser's Save-Data signal, which workers see too.
import { SAVED_CACHE } from '../lib/cache-names';
import { DATA_SAVER_RECORD_PATH, savesData } from '../lib/preferences';

/** The part of Cache Storage read. */
type SettingCaches = { open(name: string): Promise<{ match(url: string): Promise<Response | undefined> }> };

/** Whether the worker should save data now: the reader's setting in `caches`, or on "auto" the browser's signal. */
export async function workerSavesData(caches: SettingCaches, origin: string, browserSavesData: boolean | undefined): Promise<boolean> {
  const record = await (await caches.open(SAVED_CACHE)).match(new URL(DATA_SAVER_RECORD_PATH, origin).href).catch(() => undefined);
  return savesData(record ? await record.text() : 'auto', browserSavesData);
}
