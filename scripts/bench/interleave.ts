// The Lighthouse bench's runs: every target measured in turn, run after run, each run's line in the log, and what the
// rows' traces say about how much of their task time the main thread actually had a CPU.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { flag, option } from './cli';
import { lighthouseOnce, median, type RunMetrics } from './lighthouse-run';
import { log } from './processes';
import { show, type Row } from './report';

export interface Target {
  label: string;
  url: string;
}

/** Runs every target `runs` times, interleaved (A B C, A B C, …), so slow moments of the host hit every target alike. */
export async function interleaved(targets: Target[], runs: number, multiplier: number): Promise<Row[]> {
  const rows: Row[] = targets.map((t) => ({ label: t.label, url: t.url, runs: [], failed: 0 }));
  // `--traces <dir>`: each run's Lighthouse trace, as <dir>/<slowdown>x-<run>-<label>.json.
  const traces = option('traces', '');
  if (traces) mkdirSync(traces, { recursive: true });
  const traceFile = (run: number, label: string) =>
    traces ? join(traces, `${multiplier}x-${run}-${label.replace(/[^a-z0-9]+/gi, '-')}.json`) : undefined;
  for (let run = 1; run <= runs; run += 1) {
    for (const [index, t] of targets.entries()) {
      const row = rows[index] as Row;
      try {
        const m: RunMetrics = await lighthouseOnce(t.url, multiplier, traceFile(run, t.label));
        row.runs.push(m);
        logRun(run, t.label, multiplier, m);
      } catch (error) {
        row.failed += 1;
        logRun(run, t.label, multiplier, error instanceof Error ? error : new Error(String(error)));
      }
    }
  }
  return rows;
}

/** One run's line in the log: its metrics, or why it failed. */
export function logRun(run: number, label: string, multiplier: number, m: RunMetrics | Error): void {
  if (m instanceof Error) return log(`#${run} ${label}: FAILED ${m.message}`);
  log(
    `#${run} ${label} (${multiplier}×): Perf ${show('score', m.score)}, LCP ${show('lcp', m.lcp)}, TBT ${show('tbt', m.tbt)}, CLS ${show('cls', m.cls)}, index ${m.benchmarkIndex.toFixed(0)}, LCP element ${m.lcpElement ?? '?'}${m.cpuShare === undefined ? '' : `, main thread on a CPU ${(m.cpuShare * 100).toFixed(0)} % of its task time`}`,
  );
  if (flag('tasks')) for (const task of m.longTasks) log(`    long task at ${task.start.toFixed(0)} ms: ${task.duration.toFixed(0)} ms ${task.url}`);
}

/**
 * How much of the pages' main-thread task time (after the first paint) the thread actually ran, per row: Lighthouse
 * scales wall time, so where this is low, blocking time measures waiting for a CPU on this host more than work.
 */
export function cpuShareLine(rows: Row[]): string {
  const shares = rows.flatMap((row) => {
    const values = row.runs.flatMap((run) => (run.cpuShare === undefined ? [] : [run.cpuShare]));
    return values.length ? [`${row.label} ${(median(values) * 100).toFixed(0)} %`] : [];
  });
  return `- The main thread had a CPU for this share of its task time after the first paint (trace thread time ÷ wall time, medians): ${shares.join(', ') || 'not recorded'}`;
}

/** Each row's LCP element (the one most of its runs name): which paint a row's LCP measures (text, or a photo). */
export function lcpElementLine(rows: Row[]): string {
  const elements = rows.flatMap((row) => {
    const counts = new Map<string, number>();
    for (const run of row.runs) if (run.lcpElement) counts.set(run.lcpElement, (counts.get(run.lcpElement) ?? 0) + 1);
    const [most] = [...counts].sort((a, b) => b[1] - a[1]);
    return most ? [`${row.label} \`${most[0]}\``] : [];
  });
  return `- LCP element (most runs): ${elements.join(', ') || 'not recorded'}`;
}
