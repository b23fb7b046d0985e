// Builds Lede as it is at another git ref (for `bench:lighthouse --compare <ref>`), in a temporary worktree.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '..', '..');

/** Vite-builds `dir` into outDir; with no apiBase the demo (a VITE_API_BASE_URL from the shell is dropped). */
export function build(dir: string, outDir: string, apiBase?: string): void {
  const env: NodeJS.ProcessEnv = { ...process.env, LEDE_OUT_DIR: outDir };
  if (apiBase) env.VITE_API_BASE_URL = apiBase;
  else delete env.VITE_API_BASE_URL;
  execFileSync(join(dir, 'node_modules', '.bin', 'vite'), ['build', '--logLevel', 'warn'], { cwd: dir, env, stdio: ['ignore', 'ignore', 'inherit'] });
}

/**
 * Checks `ref` out into a temporary worktree and builds its live app (and, with demoOutDir, its demo) into the given
 * directories. The worktree shares this checkout's node_modules when the lockfiles match, else runs `npm ci`.
 * Returns the commit the ref names.
 */
export function buildRef(ref: string, liveOutDir: string, apiBase: string, demoOutDir?: string): string {
  const commit = execFileSync('git', ['rev-parse', '--verify', `${ref}^{commit}`], { cwd: ROOT, encoding: 'utf8' }).trim();
  const dir = mkdtempSync(join(tmpdir(), 'lede-ref-'));
  execFileSync('git', ['worktree', 'add', '--detach', dir, commit], { cwd: ROOT, stdio: 'ignore' });
  try {
    const lock = (at: string) => (existsSync(join(at, 'package-lock.json')) ? readFileSync(join(at, 'package-lock.json'), 'utf8') : '');
    if (lock(dir) === lock(ROOT)) symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'), 'dir');
    else execFileSync('npm', ['ci', '--no-audit', '--no-fund'], { cwd: dir, stdio: ['ignore', 'ignore', 'inherit'] });
    build(dir, liveOutDir, apiBase);
    if (demoOutDir) build(dir, demoOutDir);
  } finally {
    execFileSync('git', ['worktree', 'remove', '--force', dir], { cwd: ROOT, stdio: 'ignore' });
    rmSync(dir, { recursive: true, force: true });
  }
  return commit;
}
