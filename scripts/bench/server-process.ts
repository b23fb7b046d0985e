// The HTTP-API build and its render server for `npm run bench:server`: built into the bench's own folders, the server
// run as a plain Node process (no tsx loader in its memory) and stopped by PID with every other server of the run.
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { onStop } from './processes';
import { memoryOf, type Memory } from './server-report';

const ROOT = resolve(import.meta.dirname, '..', '..');
/** The client build (the server's --dist) and, by Vite's SSR build, `<CLIENT_DIR>-ssr/server.js`. */
export const CLIENT_DIR = join(ROOT, 'dist-bench-server');
const SERVER_JS = `${CLIENT_DIR}-ssr/server.js`;
/** Which content API the builds were compiled against, so that --reuse-builds starts the API where they look for it. */
const BUILT_FOR = `${CLIENT_DIR}-ssr/bench-api-base.txt`;

/** Builds the HTTP-API build over `apiBase` and its render server (`vite build`, then `vite build --ssr`). */
export function buildWithServer(apiBase: string): void {
  const env: NodeJS.ProcessEnv = { ...process.env, LEDE_OUT_DIR: CLIENT_DIR, VITE_API_BASE_URL: apiBase };
  // Another source's settings from the shell must not mix into the HTTP-API build.
  delete env.VITE_CONTENT_SOURCE;
  delete env.VITE_WORDPRESS_URL;
  const vite = join(ROOT, 'node_modules', '.bin', 'vite');
  for (const extra of [[], ['--ssr']])
    execFileSync(vite, ['build', ...extra, '--logLevel', 'warn'], { cwd: ROOT, env, stdio: ['ignore', 'ignore', 'inherit'], timeout: 600_000 });
  writeFileSync(BUILT_FOR, `${apiBase}\n`);
}

/** The content API the existing builds read (for --reuse-builds); throws when they are missing. */
export function builtApiBase(): string {
  if (!existsSync(join(CLIENT_DIR, 'index.html')) || !existsSync(SERVER_JS) || !existsSync(BUILT_FOR))
    throw new Error(`--reuse-builds, but there is no complete build in ${CLIENT_DIR} and ${SERVER_JS} yet: run once without it.`);
  return readFileSync(BUILT_FOR, 'utf8').trim();
}

/** Starts the render server on 127.0.0.1:`port`; the run's stop (its end, an error, Ctrl-C) stops it by its PID. */
export function startRenderServer(port: number): ChildProcess {
  const child = spawn(process.execPath, [SERVER_JS, '--dist', CLIENT_DIR, '--port', String(port), '--host', '127.0.0.1'], {
    cwd: ROOT,
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  let stopping = false;
  child.stderr?.on('data', (chunk: Buffer) => {
    // Only the end is kept: a server that logs every failed render must not fill the bench's memory.
    stderr = (stderr + chunk.toString()).slice(-4000);
  });
  const running = () => child.exitCode === null && child.signalCode === null;
  child.on('exit', (code, signal) => {
    if (!stopping && (code || signal)) console.error(`the render server exited (${code ?? signal}):\n${stderr}`);
  });
  onStop({
    stop: async () => {
      stopping = true;
      if (!running()) return;
      child.kill('SIGTERM');
      for (let waited = 0; running() && waited < 3000; waited += 100) await new Promise((r) => setTimeout(r, 100));
      if (running()) child.kill('SIGKILL');
    },
    kill: () => {
      if (running()) child.kill('SIGKILL');
    },
  });
  return child;
}

/** The process's memory now, from /proc/<pid>/status (undefined where there is no /proc, or it has exited). */
export function memoryNow(pid: number | undefined): Memory | undefined {
  if (pid === undefined) return undefined;
  try {
    return memoryOf(readFileSync(`/proc/${pid}/status`, 'utf8'));
  } catch {
    return undefined;
  }
}
