// The reader's Data saver setting, left where the service worker reads it (a worker has no localStorage): with the
// data saver on, the worker keeps no photos with a story it caches (src/sw/content-cache.ts).
import { SAVED_CACHE } from '../lib/cache-names';
import { DATA_SAVER_RECORD_PATH, type Preferences } from '../lib/preferences';

/** Leaves `setting` for the worker; without Cache Storage there is no worker to tell. */
export async function shareDataSaverSetting(setting: Preferences['dataSaver']): Promise<void> {
  if (typeof caches === 'undefined') return;
  const cache = await caches.open(SAVED_CACHE);
  await cache.put(new URL(DATA_SAVER_RECORD_PATH, window.location.origin).href, new Response(setting));
}
