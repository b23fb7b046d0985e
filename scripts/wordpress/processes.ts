// Starts the local WordPress's server processes detached, records them by PID, and stops exactly those PIDs.
import { spawn } from 'node:child_process';
import { existsSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export interface RunState {
  baseUrl: string;
  port: number;
  /** Process-group leaders we spawned (mariadbd, php -S), by name. */
  pids: Record<string, number>;
  startedAt: string;
}

export const stateFile = (stateDir: string) => join(stateDir, 'state.json');

export function readState(stateDir: string): RunState | null {
  try {
    return JSON.parse(readFileSync(stateFile(stateDir), 'utf8')) as RunState;
  } catch {
    return null;
  }
}

export function writeState(stateDir: string, state: RunState): void {
  writeFileSync(stateFile(stateDir), `${JSON.stringify(state, null, 2)}\n`);
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** A PID counts as ours only while its command line still names our state directory (PIDs get reused after a crash). */
export function isOurs(pid: number, stateDir: string): boolean {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8')
      .split('\0')
      .some((arg) => arg.includes(stateDir));
  } catch {
    return false;
  }
}

/** Spawns a long-running server in its own process group, output appended to a log file. */
export function spawnDetached(command: string, args: string[], logFile: string, env: NodeJS.ProcessEnv = process.env): number {
  const out = openSync(logFile, 'a');
  const child = spawn(command, args, { detached: true, stdio: ['ignore', out, out], env });
  if (child.pid === undefined) throw new Error(`could not start ${command}`);
  child.unref();
  return child.pid;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function stopGroup(pid: number, name: string, log: (line: string) => void): Promise<void> {
  const signal = (sig: NodeJS.Signals) => {
    try {
      process.kill(-pid, sig);
    } catch {
      // The group is already gone.
    }
  };
  signal('SIGTERM');
  for (let waited = 0; waited < 15_000 && isAlive(pid); waited += 100) await sleep(100);
  if (isAlive(pid)) {
    log(`${name} (pid ${pid}) ignored SIGTERM; sending SIGKILL`);
    signal('SIGKILL');
    for (let waited = 0; waited < 5_000 && isAlive(pid); waited += 100) await sleep(100);
  }
}

/** Stops every process the last start recorded (and nothing else), then removes the state directory. */
export async function stopAll(stateDir: string, log: (line: string) => void): Promise<boolean> {
  const state = readState(stateDir);
  let stopped = false;
  // PHP first, so no request reaches a database that is going away.
  for (const [name, pid] of Object.entries(state?.pids ?? {}).sort(([a], [b]) => (a === 'php' ? -1 : b === 'php' ? 1 : 0))) {
    if (isAlive(pid) && isOurs(pid, stateDir)) {
      await stopGroup(pid, name, log);
      log(`stopped ${name} (pid ${pid})`);
      stopped = true;
    }
  }
  if (existsSync(stateDir)) rmSync(stateDir, { recursive: true, force: true });
  return stopped;
}

/** Records a started process in the state file at once, so a failed start can still be stopped. */
export function recordPid(stateDir: string, partial: Omit<RunState, 'pids'>, name: string, pid: number): void {
  const state = readState(stateDir) ?? { ...partial, pids: {} };
  state.pids[name] = pid;
  writeState(stateDir, state);
}

export { isAlive };
