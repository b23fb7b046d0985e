// Builds Lede for the bench (HTTP API, its render server, demo or over WordPress), as it is here or at another git ref
// (`--compare <ref>`).
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { freePort } from '../../e2e/ports';
import type { PublicationId } from '../../src/lib/publication';

const ROOT = resolve(import.meta.dirname, '..', '..');

/**
 * What a build reads: Lede's API at apiBase (the HTTP-API build), the fixtures in the worker (demo), or a WordPress
 * site; `server` is the HTTP-API build's render server (`<outDir>-ssr/server.js`, made after that build of outDir).
 */
export type BuildSource =
  { kind: 'http'; apiBase: string } | { kind: 'server'; apiBase: string } | { kind: 'demo' } | { kind: 'wordpress'; siteUrl: string };

/** The render server's bundle that `build(…, outDir, { kind: 'server' })` writes. */
export const serverBundleOf = (outDir: string): string => `${outDir}-ssr/server.js`;

/**
 * Vite-builds `dir` into outDir over `source`, as `publication` (VITE_PUBLICATION); content and publication settings
 * from the shell are dropped so they cannot mix.
 */
export function build(dir: string, outDir: string, source: BuildSource, publication: PublicationId = 'en'): void {
  const env: NodeJS.ProcessEnv = { ...process.env, LEDE_OUT_DIR: outDir, VITE_PUBLICATION: publication };
  for (const name of [
    'VITE_API_BASE_URL',
    'VITE_CONTENT_SOURCE',
    'VITE_WORDPRESS_URL',
    'VITE_PSEUDO_LOCALE',
    'VITE_PUBLICATION_TIME_ZONE',
    'VITE_PUBLICATION_ZONE_LABEL',
  ])
    delete env[name];
  if (source.kind === 'http' || source.kind === 'server') env.VITE_API_BASE_URL = source.apiBase;
  if (source.kind === 'wordpress') Object.assign(env, { VITE_CONTENT_SOURCE: 'wordpress', VITE_WORDPRESS_URL: source.siteUrl });
  const args = ['build', ...(source.kind === 'server' ? ['--ssr'] : []), '--logLevel', 'warn'];
  execFileSync(join(dir, 'node_modules', '.bin', 'vite'), args, { cwd: dir, env, stdio: ['ignore', 'ignore', 'inherit'] });
}

/** Whether the tree in `dir` has a render server to build (src/server/main.ts, issue 24). */
export const hasRenderServer = (dir: string): boolean => existsSync(join(dir, 'src', 'server', 'main.ts'));

/** Whether the tree in `dir` can be built over WordPress: its package.json has the `build:wordpress` script. */
export function hasWordpressSource(dir: string): boolean {
  try {
    const scripts = (JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { scripts?: Record<string, string> }).scripts;
    return Boolean(scripts?.['build:wordpress']);
  } catch {
    return false;
  }
}

export interface RefBuild {
  outDir: string;
  source: BuildSource;
  /** The publication built (VITE_PUBLICATION), English where not named. */
  publication?: PublicationId;
}

/**
 * Checks `ref` out into a temporary worktree and makes the given builds of it. The worktree shares this checkout's
 * node_modules when the lockfiles match, else runs `npm ci`. A build over WordPress is skipped when the ref has no
 * WordPress source, a render server's when it has none. Returns the commit the ref names and the builds it skipped.
 */
export function buildRef(ref: string, builds: RefBuild[]): { commit: string; skipped: RefBuild[] } {
  const commit = execFileSync('git', ['rev-parse', '--verify', `${ref}^{commit}`], { cwd: ROOT, encoding: 'utf8' }).trim();
  const dir = mkdtempSync(join(tmpdir(), 'lede-ref-'));
  execFileSync('git', ['worktree', 'add', '--detach', dir, commit], { cwd: ROOT, stdio: 'ignore' });
  const skipped: RefBuild[] = [];
  try {
    const lock = (at: string) => (existsSync(join(at, 'package-lock.json')) ? readFileSync(join(at, 'package-lock.json'), 'utf8') : '');
    if (lock(dir) === lock(ROOT)) symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'), 'dir');
    else execFileSync('npm', ['ci', '--no-audit', '--no-fund'], { cwd: dir, stdio: ['ignore', 'ignore', 'inherit'] });
    for (const one of builds) {
      if (one.source.kind === 'wordpress' && !hasWordpressSource(dir)) skipped.push(one);
      else if (one.source.kind === 'server' && !hasRenderServer(dir)) skipped.push(one);
      else build(dir, one.outDir, one.source, one.publication);
    }
  } finally {
    execFileSync('git', ['worktree', 'remove', '--force', dir], { cwd: ROOT, stdio: 'ignore' });
    rmSync(dir, { recursive: true, force: true });
  }
  return { commit, skipped };
}

/**
 * The content API's port: for a new build, LEDE_API_PORT or a free one, recorded in `out`; without a build
 * (`--no-build`), the one recorded when the builds in `out` were compiled against it.
 */
export async function apiPortFor(out: string, building: boolean): Promise<number> {
  const record = join(out, 'api-port');
  if (!building) {
    if (!existsSync(record)) throw new Error(`--no-build, but ${record} does not say which API port the builds were made for.`);
    return Number(readFileSync(record, 'utf8'));
  }
  const port = Number(process.env.LEDE_API_PORT) || (await freePort());
  mkdirSync(out, { recursive: true });
  writeFileSync(record, String(port));
  return port;
}
