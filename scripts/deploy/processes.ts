// The processes of a local deployment (API, render servers, nginx), recorded in its state file by PID and start time,
// so a stop signals exactly the processes this deployment started and never a later process that reuses a PID.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { isAlive, spawnDetached } from '../wordpress/processes.ts';

export interface Started {
  name: string;
  pid: number;
  /** The kernel's start time of the process (/proc/<pid>/stat, field 22): a PID with another is someone else's. */
  startTime: string;
}

export interface DeploymentState {
  variant: 'render' | 'static';
  url: string;
  port: number;
  /** The render servers' own addresses, behind nginx. */
  renderServers: string[];
  startedAt: string;
  processes: Started[];
}

export const stateFile = (dir: string) => join(dir, 'state.json');

export function readState(dir: string): DeploymentState | null {
  try {
    return JSON.parse(readFileSync(stateFile(dir), 'utf8')) as DeploymentState;
  } catch {
    return null;
  }
}

export function writeState(dir: string, state: DeploymentState): void {
  writeFileSync(stateFile(dir), `${JSON.stringify(state, null, 2)}\n`);
}

function startTimeOf(pid: number): string | null {
  try {
    // The command name in parentheses may hold spaces; the fields after it are plain.
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19] ?? null;
  } catch {
    return null;
  }
}

/** Whether the recorded process is still the one we started. */
export const isRunning = ({ pid, startTime }: Started) => isAlive(pid) && startTimeOf(pid) === startTime;

/** Starts a server detached (its own process group, output to `log`), recorded in the state file at once. */
export function start(dir: string, state: DeploymentState, name: string, command: string, args: string[], log: string, env = process.env): Started {
  const pid = spawnDetached(command, args, log, env);
  const started = { name, pid, startTime: startTimeOf(pid) ?? '' };
  state.processes.push(started);
  writeState(dir, state);
  return started;
}

const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

/** SIGTERM to the process's group (nginx's workers, tsx's child), SIGKILL if it is still there after 10 s. */
async function stopGroup(child: Started, log: (line: string) => void): Promise<void> {
  const signal = (name: NodeJS.Signals) => {
    try {
      process.kill(-child.pid, name);
    } catch {
      // The group is gone already.
    }
  };
  signal('SIGTERM');
  for (let waited = 0; waited < 10_000 && isRunning(child); waited += 100) await sleep(100);
  if (isRunning(child)) {
    log(`${child.name} (pid ${child.pid}) ignored SIGTERM; sending SIGKILL`);
    signal('SIGKILL');
    for (let waited = 0; waited < 5_000 && isRunning(child); waited += 100) await sleep(100);
  }
}

/** nginx's own record of its master, when it still names this deployment's prefix (a reload keeps the same master). */
function nginxFromPidFile(dir: string): Started | null {
  const file = join(dir, 'nginx.pid');
  if (!existsSync(file)) return null;
  const pid = Number(readFileSync(file, 'utf8').trim());
  try {
    if (pid > 0 && readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes(dir))
      return { name: 'nginx (pid file)', pid, startTime: startTimeOf(pid) ?? '' };
  } catch {
    // Not running.
  }
  return null;
}

/** Stops what the state file and nginx's pid file name, nginx first so no request reaches a server going away. */
export async function stopDeployment(dir: string, log: (line: string) => void): Promise<boolean> {
  const recorded = readState(dir)?.processes ?? [];
  const fromPidFile = nginxFromPidFile(dir);
  const all = [...(fromPidFile && !recorded.some(({ pid }) => pid === fromPidFile.pid) ? [fromPidFile] : []), ...recorded.toReversed()];
  let stopped = false;
  for (const child of all) {
    if (!isRunning(child)) continue;
    await stopGroup(child, log);
    log(`stopped ${child.name} (pid ${child.pid})`);
    stopped = true;
  }
  return stopped;
}
