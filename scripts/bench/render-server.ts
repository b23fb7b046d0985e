// The bench's render servers (src/server/main.ts, built by `vite build --ssr`): started on a free port over a build, and
// checked to answer a page with its HTML before that page is measured.
import { freePort } from '../../e2e/ports';
import { serverBundleOf } from './build-ref';
import { startBuilt } from './processes';

/** Starts the render server of the build in `dist` (its bundle beside it, `<dist>-ssr/server.js`); returns its origin. */
export async function startRenderServer(dist: string): Promise<string> {
  const port = await freePort();
  const origin = `http://127.0.0.1:${port}`;
  startBuilt(serverBundleOf(dist), ['--dist', dist, '--port', String(port), '--origin', origin]);
  return origin;
}

/** Fails unless the render server answers `url` with the page's HTML: status 200 and its heading, before any script. */
export async function checkServerRendered(label: string, url: string): Promise<void> {
  const response = await fetch(url, { signal: AbortSignal.timeout(20_000) });
  const html = await response.text();
  if (response.status !== 200 || !/<h1[\s>]/.test(html))
    throw new Error(`${label}: ${url} answered ${response.status} with no server-rendered heading.`);
}
