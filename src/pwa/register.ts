// Registers the caching service worker and turns a waiting new version into an offer, never a forced reload.
import { Workbox } from 'workbox-window';
import { CLAIM_CLIENTS } from '../sw/names';
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

/**
 * True when a service worker controls this page now, or does within `timeoutMs` after being asked to claim it.
 * Used by the demo build: a worker that is still installing (first visit) is not waited for.
 */
export async function isControlled(registration: ServiceWorkerRegistration | undefined, timeoutMs = 1500): Promise<boolean> {
  if (navigator.serviceWorker?.controller) return true;
  const active = registration?.active;
  if (!active) return false;
  // Active but not controlling: it activated a moment ago, or the page was shift-reloaded past it.
  const controlled = new Promise<boolean>((resolve) => {
    navigator.serviceWorker.addEventListener('controllerchange', () => resolve(true), { once: true });
    setTimeout(() => resolve(Boolean(navigator.serviceWorker.controller)), timeoutMs);
  });
  active.postMessage({ type: CLAIM_CLIENTS });
  return controlled;
}
