import { describe, expect, it } from 'vitest';
import { mainThreadCpuShare, type TraceEvent } from './trace';

const URL = 'http://127.0.0.1:4173/story/x';
const task = (ts: number, dur: number, tdur: number, tid = 1): TraceEvent => ({
  name: 'RunTask',
  ph: 'X',
  ts,
  dur,
  tdur,
  pid: 7,
  tid,
});

describe('mainThreadCpuShare', () => {
  it("is the page's main-thread thread time over wall time, for the tasks from its first paint on", () => {
    const events: TraceEvent[] = [
      { name: 'ParseHTML', ph: 'X', ts: 0, dur: 10, pid: 7, tid: 1, args: { beginData: { url: URL } } },
      task(0, 10_000, 10_000), // before the first paint: not counted
      { name: 'firstContentfulPaint', ph: 'R', ts: 20_000, pid: 7, tid: 1 },
      task(30_000, 20_000, 5_000),
      task(60_000, 10_000, 5_000),
      task(70_000, 50_000, 0, 2), // another thread: not counted
    ];
    expect(mainThreadCpuShare(events, URL)).toBeCloseTo(10_000 / 30_000);
  });

  it('is undefined without a first paint or without the page', () => {
    expect(
      mainThreadCpuShare([{ name: 'ParseHTML', ph: 'X', ts: 0, dur: 1, pid: 7, tid: 1, args: { beginData: { url: URL } } }], URL),
    ).toBeUndefined();
    expect(mainThreadCpuShare([], URL)).toBeUndefined();
  });
});
