// MSW in the browser: the demo and development builds answer /api from the fixtures.
import { setupWorker } from 'msw/browser';
import { demoHandlers } from './demo-handlers';

export const worker = setupWorker(...demoHandlers);

export function startMocking() {
  return worker.start({
    quiet: true,
    onUnhandledFrame: 'bypass',
    serviceWorker: { url: `${import.meta.env.BASE_URL}mockServiceWorker.js` },
  });
}
