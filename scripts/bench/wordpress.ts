// The bench's own seeded WordPress (`--modes wordpress`): started with `npm run wordpress`'s code on a port of its own,
// stopped by the PIDs that start recorded at the end of the run, on an error, Ctrl-C or SIGTERM.
import { spawn, type ChildProcess } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { missingPackages } from '../wordpress/packages';
import { isAlive, isOurs, readState, stopAll as stopWordpressProcesses } from '../wordpress/processes';
import { onStop } from './processes';

const ROOT = resolve(import.meta.dirname, '..', '..');

/**
 * Not `npm run wordpress`'s 8881 (LEDE_WP_PORT): a start stops whatever the last start on its port left running, so
 * sharing that port would stop a developer's or the test suite's WordPress. `LEDE_BENCH_WP_PORT` changes it.
 */
export const BENCH_WP_PORT = Number(process.env.LEDE_BENCH_WP_PORT ?? 8891);
export const benchWordpressUrl = (port = BENCH_WP_PORT) => `http://127.0.0.1:${port}`;
/** The replaying proxy in front of it (`scripts/bench/wordpress-replay.ts`, decision 027); `LEDE_BENCH_WP_REPLAY_PORT`. */
export const REPLAY_PORT = Number(process.env.LEDE_BENCH_WP_REPLAY_PORT ?? 8892);
const stateDir = (port: number) => join(tmpdir(), `lede-bench-wordpress-${port}`);

/** The Debian packages the local WordPress needs that are not installed (empty: the wordpress mode can run). */
export const missingWordpressPackages = (): string[] => missingPackages();

/**
 * Starts and seeds a fresh WordPress on `port` (installing Debian's packages first if some are missing, as
 * `npm run wordpress` does) and registers its stop with the bench's other servers. Resolves with its URL.
 */
export function startBenchWordpress(port = BENCH_WP_PORT): Promise<string> {
  const dir = stateDir(port);
  let starter: ChildProcess | undefined;
  const log = (line: string) => console.log(`wordpress: ${line}`);
  onStop({
    stop: async () => {
      // A start under way is ended first, so it records no process after the state is read.
      const running = starter;
      if (running && running.exitCode === null && running.signalCode === null) {
        const exited = new Promise((done) => running.once('exit', done));
        running.kill('SIGTERM');
        await Promise.race([exited, new Promise((done) => setTimeout(done, 5000))]);
      }
      if (await stopWordpressProcesses(dir, log)) log(`stopped the bench's WordPress on port ${port}`);
    },
    kill: () => {
      starter?.kill('SIGKILL');
      for (const pid of Object.values(readState(dir)?.pids ?? {}))
        if (isAlive(pid) && isOurs(pid, dir))
          try {
            process.kill(-pid, 'SIGKILL');
          } catch {
            // already gone
          }
    },
  });
  return new Promise((done, fail) => {
    starter = spawn(process.execPath, ['--import', 'tsx', 'scripts/wordpress/wordpress.ts', 'start'], {
      cwd: ROOT,
      env: { ...process.env, LEDE_WP_PORT: String(port), LEDE_WP_STATE_DIR: dir },
      stdio: ['ignore', 'inherit', 'inherit'],
    });
    starter.once('error', fail);
    starter.once('exit', (code, signal) => {
      if (code === 0) done(benchWordpressUrl(port));
      else
        fail(
          new Error(
            `the bench's WordPress did not start (${signal ?? `exit ${code}`}); its port is ${port} (LEDE_BENCH_WP_PORT), its logs in ${dir}`,
          ),
        );
    });
  });
}
