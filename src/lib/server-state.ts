// What a server-rendered page hands the browser's app: the content its HTML was rendered from, as a JSON data block
// (`<script type="application/json">`: never run, so the Content-Security-Policy needs no hash for it).
import type { DehydratedState } from '@tanstack/react-query';

export const SERVER_STATE_ID = 'lede-server-state';

export interface ServerState {
  /** The content queries the page was rendered from (TanStack Query's dehydrated cache). */
  queries: DehydratedState;
}

/** The data block's element, its text escaped so that nothing in it can end the element early. */
export function serverStateHtml(state: ServerState): string {
  const json = JSON.stringify(state)
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
  return `<script type="application/json" id="${SERVER_STATE_ID}">${json}</script>`;
}

/** The state a server-rendered page carries, or null on the static shell (no server rendered this page). */
export function readServerState(document: Document): ServerState | null {
  const text = document.getElementById(SERVER_STATE_ID)?.textContent;
  if (!text) return null;
  try {
    const state = JSON.parse(text) as Partial<ServerState> | null;
    return state && typeof state.queries === 'object' && state.queries ? (state as ServerState) : null;
  } catch {
    return null;
  }
}
