// What a server-rendered page hands the browser's app: the content its HTML was rendered from, as a JSON data block
// (`<script type="application/json">`: never run, so the Content-Security-Policy needs no hash for it).
import type { DehydratedState } from '@tanstack/react-query';

export const SERVER_STATE_ID = 'lede-server-state';

/** The page frame with no page in it, which every build ships beside `index.html` (build/prerender.ts): the app
 * worker's and static hosts' answer for an address with no file of its own. */
export const SHELL_FILE = 'shell.html';

export interface ServerState {
  /** The content queries the page was rendered from (TanStack Query's dehydrated cache). */
  queries: DehydratedState;
  /** The site's public origin the page's share and canonical URLs use (whatever host serves the page). */
  origin: string;
  /** The address (path and query) the page was rendered for: a host that answers another address with it is wrong. */
  path: string;
}

/** The data block's element, its text escaped so that nothing in it can end the element early. */
export function serverStateHtml(state: ServerState): string {
  const json = JSON.stringify(state)
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
  return `<script type="application/json" id="${SERVER_STATE_ID}">${json}</script>`;
}

/**
 * The state a server-rendered page carries, or null on the static shell (no server rendered this page) or when the
 * page was rendered for another address than `path` (a host's fallback answered with it): the app then renders anew.
 */
export function readServerState(document: Document, path: string): ServerState | null {
  const text = document.getElementById(SERVER_STATE_ID)?.textContent;
  if (!text) return null;
  try {
    const state = JSON.parse(text) as Partial<ServerState> | null;
    const valid = state && typeof state.queries === 'object' && state.queries && typeof state.origin === 'string' && state.path === path;
    return valid ? (state as ServerState) : null;
  } catch {
    return null;
  }
}
