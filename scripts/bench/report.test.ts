// The bench's targets: the build over WordPress is held to the HTTP-API story's targets, against the same run's floor.
import { describe, expect, it } from 'vitest';
import type { RunMetrics } from './lighthouse-run';
import { checkGoals, type Row } from './report';

const run = (score: number, lcp: number, tbt: number, cls = 0): RunMetrics => ({
  score,
  fcp: 700,
  lcp,
  tbt,
  cls,
  si: 700,
  jsKiB: 130,
  benchmarkIndex: 2500,
  longTasks: [],
});
const row = (label: string, runs: RunMetrics[]): Row => ({ label, url: `http://127.0.0.1/${label}`, runs, failed: 0 });
const floor = row('static floor story', [run(100, 900, 10), run(100, 1000, 20), run(100, 950, 30)]);

describe('checkGoals', () => {
  it('checks the WordPress story against the HTTP-API story targets and the floor of the same run', () => {
    const http = row('http story', [run(100, 1000, 30), run(99, 1100, 40), run(100, 1050, 50)]);
    const wordpress = row('wordpress story', [run(97, 1200, 70), run(96, 1150, 90), run(98, 1100, 80)]);
    const goals = checkGoals([http, wordpress, floor]);
    const of = (label: string) => goals.filter((goal) => goal.what.startsWith(label)).map((goal) => goal.met);
    // Floor medians: LCP 950 ms (×1.2 = 1140 ms), TBT 20 ms (+50 = 70 ms).
    expect(of('http story')).toEqual([true, true, true, true]);
    expect(of('wordpress story')).toEqual([false, false, false, true]);
    expect(goals.find((goal) => goal.what.startsWith('wordpress story LCP'))?.what).toBe('wordpress story LCP 1.15 s ≤ 1.2 × floor 0.95 s');
  });

  it('fails CLS when one run shifted, and every target when the WordPress story has no run at all', () => {
    const shifted = row('wordpress story', [run(100, 900, 10), run(100, 900, 10, 0.004), run(100, 900, 10)]);
    expect(checkGoals([shifted, floor]).find((goal) => goal.what.includes('CLS'))?.met).toBe(false);
    const failed = { ...row('wordpress story', []), failed: 3 };
    expect(checkGoals([failed, floor]).map((goal) => goal.met)).toEqual([false, false, false, false]);
  });

  it('has no WordPress targets when the WordPress story was not measured', () => {
    expect(checkGoals([row('http story', [run(100, 900, 10)]), floor]).some((goal) => goal.what.startsWith('wordpress'))).toBe(false);
  });
});
