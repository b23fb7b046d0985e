// The one hand-over between index.html's inline script and the app: the early story request, put down once by the
// script and taken once by the boot, which passes it to the request path as a parameter (decision 028).
import type { EarlyRequest } from '../api/http';

/** The window property that carries the request from the classic inline script to the app's first module. */
const HANDOFF = '__ledeEarlyStory';

type Holder = Record<typeof HANDOFF, EarlyRequest | undefined>;

/** index.html's inline script: leaves its story request for the app. */
export function handOverEarlyStory(request: EarlyRequest, holder: object = window): void {
  (holder as Holder)[HANDOFF] = request;
}

/** The boot (src/main.tsx): takes the early story request, if the script started one; afterwards nothing is left. */
export function takeEarlyStory(holder: object = window): EarlyRequest | null {
  const request = (holder as Holder)[HANDOFF] ?? null;
  delete (holder as Partial<Holder>)[HANDOFF];
  return request;
}

/** Set on `<html>` by the render server: the page is rendered already, and the page start only starts the app. */
export const SERVER_RENDERED_ATTRIBUTE = 'data-server-rendered';

/** Marks the shell's early paint script, which the render server leaves out of the pages it renders. */
export const EARLY_PAINT_ATTRIBUTE = 'data-lede-early-paint';
