// Registers the caching service worker and turns a waiting new version into an offer, never a forced reload.
import { Workbox } from 'workbox-window';
import { setPwaState } from './store';

const UPDATE_CHECK_MS = 30 * 60 * 1000;

export async function registerAppWorker(): Promise<ServiceWorkerRegistration | undefined> {
  if (!('serviceWorker' in navigator)) return undefined;
  const wb = new Workbox('/sw.js', { scope: '/' });

  wb.addEventListener('waiting', () => {
    setPwaState({
      applyUpdate: () => {
        // Reload only once the new worker controls the page, and only because the reader asked.
        wb.addEventListener('controlling', () => window.location.reload());
        wb.messageSkipWaiting();
      },
    });
  });

  const registration = await wb.register();
  const check = () => void registration?.update().catch(() => undefined);
  setInterval(check, UPDATE_CHECK_MS);
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'visible') check();
  });
  return registration;
}
