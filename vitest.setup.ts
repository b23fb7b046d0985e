// Vitest setup: MSW in Node with the app's handlers, strict about unhandled requests and console errors.
import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterAll, afterEach, beforeAll, beforeEach, vi } from 'vitest';
import { server } from './mocks/node';
import { InViewIntersectionObserver } from './src/test/intersection-observer';

// jsdom lays nothing out and has no scrollIntoView; the app calls it (after a frame) to bring new posts into view.
if (typeof Element.prototype.scrollIntoView !== 'function') Element.prototype.scrollIntoView = () => undefined;

// jsdom lays nothing out and has no IntersectionObserver: whatever a component observes counts as in view. A test
// that needs otherwise stubs its own (src/routes/story/StoryPage.test.tsx).
if (typeof globalThis.IntersectionObserver !== 'function') globalThis.IntersectionObserver = InViewIntersectionObserver;

// Async queries wait up to 5 s: a loaded 2-core machine can take over a second to render a route.
configure({ asyncUtilTimeout: 5_000 });

let consoleErrors: unknown[][] = [];

beforeAll(() => {
  server.listen({ onUnhandledFrame: 'error' });
});

beforeEach(() => {
  consoleErrors = [];
  vi.spyOn(console, 'error').mockImplementation((...args: unknown[]) => {
    consoleErrors.push(args);
  });
});

afterEach(() => {
  cleanup();
  server.resetHandlers();
  window.localStorage.clear();
  const errors = consoleErrors;
  consoleErrors = [];
  if (errors.length > 0) {
    throw new Error(`console.error was called during the test:\n${errors.map((args) => args.map(String).join(' ')).join('\n')}`);
  }
});

afterAll(() => {
  server.close();
});
