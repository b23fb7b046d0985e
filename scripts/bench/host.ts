// The lines that say where and how a Lighthouse bench ran: date and commit, host and versions, calibration, load.
import { execFileSync } from 'node:child_process';
import os from 'node:os';
import { resolve } from 'node:path';
import { chromePath, lighthouseVersion } from './lighthouse-run';
import { otherWorkAtStart } from './load';

const ROOT = resolve(import.meta.dirname, '..', '..');

function versionOf(command: string, args: string[]): string {
  try {
    return execFileSync(command, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return 'unknown';
  }
}
export const wordpressVersion = () => `WordPress ${versionOf('dpkg-query', ['-W', '-f=${Version}', 'wordpress'])}`;

export interface RunFacts {
  /** `--compare`'s ref as given and the commit it named (short), if any. */
  compare: string;
  short: string;
  hostIndex: number;
  /** Every run's benchmarkIndex. */
  indexes: number[];
  target: number;
  multiplier: number;
  /** The 1-minute load average at the start and end of the measured runs. */
  loadBefore: number;
  loadAfter: number;
  runs: number;
}

/** Date and commit, host and versions, calibration, load, and how the medians were taken, as Markdown list items. */
export function hostLines(facts: RunFacts): string[] {
  const cpus = os.cpus();
  const commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: ROOT, encoding: 'utf8' }).trim();
  const busy = otherWorkAtStart(facts.loadBefore);
  return [
    `- Date: ${new Date().toISOString().replace(/\.\d+Z$/, 'Z')}; commit ${commit}${facts.compare ? ` (working tree) against ${facts.compare} = ${facts.short}` : ''}`,
    `- Host: ${cpus.length} × ${cpus[0]?.model.trim() ?? 'unknown CPU'}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB; Node ${process.version}; ${versionOf(chromePath, ['--version'])}; Lighthouse ${lighthouseVersion || 'unknown'}`,
    `- benchmarkIndex: ${facts.hostIndex.toFixed(0)} (calibration median), ${Math.min(...facts.indexes).toFixed(0)}–${Math.max(...facts.indexes).toFixed(0)} over all ${facts.indexes.length} runs; target ${facts.target} → **cpuSlowdownMultiplier ${facts.multiplier}**`,
    `- Load average (1 min) at start and end: ${facts.loadBefore.toFixed(1)} and ${facts.loadAfter.toFixed(1)} on ${cpus.length} CPUs${busy ? ' (other work competed for the CPU: TBT and LCP are inflated)' : ''}`,
    `- Medians of ${facts.runs} interleaved runs per row; mobile, simulated throttling, Performance only.`,
  ];
}
