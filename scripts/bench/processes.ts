// The servers a benchmark starts (static servers, render servers, the fixture API, WordPress): started as child processes, stopped by PID.
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { resolve } from 'node:path';
import { exitReport } from './child-exit';

const ROOT = resolve(import.meta.dirname, '..', '..');
const children: ChildProcess[] = [];
let stopping = false;

/** Servers started some other way (WordPress): how to stop them, and a synchronous last resort for 'exit'. */
interface Cleanup {
  stop: () => Promise<void>;
  kill: () => void;
}
const cleanups: Cleanup[] = [];

/** Registers servers that stopAll (and so the end of the run, an error, Ctrl-C or SIGTERM) must also stop. */
export function onStop(cleanup: Cleanup): void {
  cleanups.push(cleanup);
}

const running = (child: ChildProcess) => child.exitCode === null && child.signalCode === null;

let stopped: Promise<void> | undefined;

/**
 * SIGTERM to every server this process started, then SIGKILL to any still running after a grace period; then the
 * registered stops. One stop per process: a signal arriving while the run's own stop is under way (or the reverse)
 * waits for that same stop instead of racing it to process.exit.
 */
export function stopAll(graceMs = 3000): Promise<void> {
  stopped ??= stopEverything(graceMs);
  return stopped;
}

const stoppedCleanups = new Set<Cleanup>();

async function stopEverything(graceMs: number): Promise<void> {
  stopping = true;
  const mine = children.splice(0).filter(running);
  for (const child of mine) child.kill('SIGTERM');
  const deadline = Date.now() + graceMs;
  while (mine.some(running) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
  for (const child of mine.filter(running)) child.kill('SIGKILL');
  for (const cleanup of cleanups) {
    try {
      await cleanup.stop();
      stoppedCleanups.add(cleanup);
    } catch (error) {
      console.error(`could not stop a server: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
}

// Last resort if the script dies some other way: no grace period is possible in an 'exit' handler.
process.on('exit', () => {
  for (const child of children.filter(running)) child.kill('SIGKILL');
  for (const cleanup of cleanups) if (!stoppedCleanups.has(cleanup)) cleanup.kill();
});
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    void stopAll().finally(() => process.exit(130));
  });
}

export function isFree(port: number): Promise<boolean> {
  return new Promise((done) => {
    const server = createServer();
    server.once('error', () => done(false));
    server.listen(port, '127.0.0.1', () => server.close(() => done(true)));
  });
}

/** Runs a TypeScript script of this repository in its own Node process (node --import tsx: the pid is the server). */
export function startScript(script: string, args: string[], env: Record<string, string> = {}): ChildProcess {
  return startNode(['--import', 'tsx', script, ...args], script, env);
}

/** Runs a built JavaScript file (the render server's bundle) in its own Node process, whose pid is the server. */
export function startBuilt(file: string, args: string[], env: Record<string, string> = {}): ChildProcess {
  return startNode([file, ...args], file, env);
}

/** Node with `args`, stopped with the run; its stderr is printed (as `name`'s) if it exits with an error. */
function startNode(args: string[], name: string, env: Record<string, string>): ChildProcess {
  const child = spawn(process.execPath, args, {
    cwd: ROOT,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.push(child);
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  // A server that stops mid-run (an error, or a signal from outside) leaves the rows after it measuring nothing real.
  child.on('exit', (code, signal) => {
    const report = exitReport(name, { code, signal }, stopping, stderr);
    if (report) console.error(report);
  });
  return child;
}

/** Resolves once the URL answers with a status below 500; rejects after timeoutMs. */
export async function waitForHttp(url: string, timeoutMs = 20_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(2000) });
      if (response.status < 500) return;
    } catch {
      // not up yet
    }
    if (Date.now() > deadline) throw new Error(`${url} did not answer within ${timeoutMs / 1000}s.`);
    await new Promise((r) => setTimeout(r, 150));
  }
}

const started = Date.now();

/** A bench's log line, prefixed with the seconds since the run started. */
export function log(message: string): void {
  console.log(`[${`${((Date.now() - started) / 1000).toFixed(0)}s`.padStart(5)}] ${message}`);
}

/** Runs a bench's main: an error is printed and sets the exit code; every server the run started is stopped either way. */
export function runBench(main: () => Promise<void>): void {
  main()
    .catch((error: unknown) => {
      console.error(error instanceof Error ? (error.stack ?? error.message) : error);
      process.exitCode = 1;
    })
    .finally(async () => {
      await stopAll();
      log('done');
    });
}
