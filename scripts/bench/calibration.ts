// The CPU slowdown with which this host emulates the benches' phone: Lighthouse's benchmarkIndex of the static floor
// (three runs at Lighthouse's default 4×), divided by the phone's. `bench:lighthouse` and `bench:interactions` share it.
import { DEFAULT_CPU_SLOWDOWN, lighthouseOnce, median, type RunMetrics } from './lighthouse-run';

/**
 * The phone every host emulates: Lighthouse's benchmarkIndex of a mid-range Android phone of the Moto G4 class, the
 * device Lighthouse's default 4× slowdown was tuned to emulate from a desktop of index ~2000 (docs/performance.md).
 */
export const TARGET_INDEX = 500;
export const CALIBRATION_RUNS = 3;

/** The slowdown that brings a host of `hostIndex` down to `target` (never a speed-up), to two decimals. */
export const multiplierFor = (hostIndex: number, target: number): number => Math.max(1, Math.round((hostIndex / target) * 100) / 100);

export interface Calibration {
  /** The median benchmarkIndex of the calibration runs. */
  hostIndex: number;
  multiplier: number;
  runs: RunMetrics[];
}

/** Measures this host on the static floor at `floorUrl`; `onRun` hears each run's metrics or failure. Throws if every run fails. */
export async function calibrate(floorUrl: string, target: number, onRun: (run: number, result: RunMetrics | Error) => void): Promise<Calibration> {
  const runs: RunMetrics[] = [];
  for (let run = 1; run <= CALIBRATION_RUNS; run += 1) {
    try {
      const metrics = await lighthouseOnce(floorUrl, DEFAULT_CPU_SLOWDOWN);
      runs.push(metrics);
      onRun(run, metrics);
    } catch (error) {
      onRun(run, error instanceof Error ? error : new Error(String(error)));
    }
  }
  if (runs.length === 0) throw new Error(`Calibration failed: no Lighthouse run of ${floorUrl} finished.`);
  const hostIndex = median(runs.map((run) => run.benchmarkIndex));
  return { hostIndex, multiplier: multiplierFor(hostIndex, target), runs };
}
