// How the inline scripts start the app (the build leaves no <script> for its entry): they preload the entry's chunks
// and the route's page chunks, then add the entry's module script, whose failure to load shows the boot failure. Both
// inline scripts carry this module: the page start every page has (src/boot/page-start.ts) and the shell's early paint
// (src/boot/early-story.ts).
import { showBootFailure } from './boot-failure';

/** The app's code, as the build names it. */
export interface AppCode {
  /** Per route (a path regex source), the hashed JS chunks of its page, to preload before the router asks. */
  routeChunks: Array<[string, string[]]>;
  /** The app's entry module ("/assets/main-….js"); the script loads it (the build leaves no <script> for it). */
  entry: string;
  /**
   * The chunks the entry imports statically (and, in the demo, its fetch shim, which it imports at once): preloaded at
   * once, so they download in parallel with the entry.
   */
  entryChunks: string[];
}

export interface AppStarter {
  /** Preloads the entry's chunks, the entry and the page's chunks (once). */
  preload(): void;
  /** Preloads (if not yet) and adds the entry's module script (once). */
  start(): void;
}

/** Adds a `<link>` with these attributes to the head. */
export function link(attributes: Record<string, string>): void {
  const element = document.createElement('link');
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  document.head.append(element);
}

export function appStarter(code: AppCode): AppStarter {
  let preloaded = false;
  let started = false;
  const preload = () => {
    if (preloaded) return;
    preloaded = true;
    for (const href of [...code.entryChunks, code.entry]) link({ rel: 'modulepreload', href, crossorigin: '' });
    const route = code.routeChunks.find(([path]) => new RegExp(path).test(location.pathname));
    for (const file of route?.[1] ?? []) link({ rel: 'modulepreload', href: `/${file}`, crossorigin: '' });
  };
  const start = () => {
    if (started) return;
    started = true;
    preload();
    // The entry's module script; its imports come from the preloads above, evaluated as one module graph.
    const script = document.createElement('script');
    script.type = 'module';
    script.setAttribute('crossorigin', '');
    script.src = code.entry;
    // A module graph that fails to load (a chunk the network or a new deployment took away) fires this.
    script.addEventListener('error', () => showBootFailure(), { once: true });
    document.head.append(script);
  };
  return { preload, start };
}

/** `callback` once the document has been parsed (at once if it has). */
export function whenParsed(callback: () => void): void {
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', callback, { once: true });
  else callback();
}
