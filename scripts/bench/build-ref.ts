// Builds Lede for the bench (HTTP API, demo or over WordPress), as it is here or at another git ref (`--compare <ref>`).
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '..', '..');

/** What a build reads: Lede's API at apiBase (the HTTP-API build), the fixtures in the worker (demo), or a WordPress site. */
export type BuildSource = { kind: 'http'; apiBase: string } | { kind: 'demo' } | { kind: 'wordpress'; siteUrl: string };

/** Vite-builds `dir` into outDir over `source`; content settings from the shell are dropped so they cannot mix. */
export function build(dir: string, outDir: string, source: BuildSource): void {
  const env: NodeJS.ProcessEnv = { ...process.env, LEDE_OUT_DIR: outDir };
  for (const name of ['VITE_API_BASE_URL', 'VITE_CONTENT_SOURCE', 'VITE_WORDPRESS_URL']) delete env[name];
  if (source.kind === 'http') env.VITE_API_BASE_URL = source.apiBase;
  if (source.kind === 'wordpress') Object.assign(env, { VITE_CONTENT_SOURCE: 'wordpress', VITE_WORDPRESS_URL: source.siteUrl });
  execFileSync(join(dir, 'node_modules', '.bin', 'vite'), ['build', '--logLevel', 'warn'], { cwd: dir, env, stdio: ['ignore', 'ignore', 'inherit'] });
}

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
}

/**
 * Checks `ref` out into a temporary worktree and makes the given builds of it. The worktree shares this checkout's
 * node_modules when the lockfiles match, else runs `npm ci`. A build over WordPress is skipped when the ref has no
 * WordPress source. Returns the commit the ref names and the builds it skipped.
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
      else build(dir, one.outDir, one.source);
    }
  } finally {
    execFileSync('git', ['worktree', 'remove', '--force', dir], { cwd: ROOT, stdio: 'ignore' });
    rmSync(dir, { recursive: true, force: true });
  }
  return { commit, skipped };
}
