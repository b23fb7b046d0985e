// The demo with its test switches (`vite build --mode e2e`, as `npm run build:e2e`), built into a folder of the caller's
// and served by scripts/serve.ts on a free port of 4400–4499: what `bench:interactions` and `screenshots` drive.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { BrowserContext } from '@playwright/test';
import { TEST_SWITCH_COOKIES } from '../../mocks/test-switches';
import { isFree, startScript, waitForHttp } from './processes';

const ROOT = resolve(import.meta.dirname, '..', '..');
/** The ports these scripts serve on, apart from the e2e suite's and the other benches'. */
export const PORT_RANGE = [4400, 4499] as const;

/** Builds the e2e demo into outDir; content settings from the shell are dropped so the build is always the demo. */
export function buildDemo(outDir: string): void {
  const env: NodeJS.ProcessEnv = { ...process.env, LEDE_OUT_DIR: outDir };
  for (const name of ['VITE_API_BASE_URL', 'VITE_CONTENT_SOURCE', 'VITE_WORDPRESS_URL']) delete env[name];
  execFileSync(join(ROOT, 'node_modules', '.bin', 'vite'), ['build', '--mode', 'e2e', '--logLevel', 'warn'], {
    cwd: ROOT,
    env,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
}

/** The first port of the range nothing listens on. */
export async function freePortInRange([from, to]: readonly [number, number] = PORT_RANGE): Promise<number> {
  for (let port = from; port <= to; port += 1) if (await isFree(port)) return port;
  throw new Error(`No free port in ${from}–${to}.`);
}

/** Serves dir (a built Lede) until the script ends (processes.ts stops it); resolves to its origin once it answers. */
export async function serveDemo(dir: string): Promise<string> {
  if (!existsSync(join(dir, 'index.html'))) throw new Error(`No build in ${dir}: run without --dist / --no-build to build one.`);
  const port = await freePortInRange();
  startScript('scripts/serve.ts', ['--dir', dir, '--port', String(port)]);
  const origin = `http://127.0.0.1:${port}`;
  await waitForHttp(`${origin}/`);
  return origin;
}

/** Sets one of the demo's test switches (mocks/test-switches.ts) for every later request of the context. */
export const setTestSwitch = (context: BrowserContext, name: keyof typeof TEST_SWITCH_COOKIES, value: number) =>
  context.addCookies([{ name: TEST_SWITCH_COOKIES[name], value: String(value), domain: '127.0.0.1', path: '/' }]);
