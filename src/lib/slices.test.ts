import { afterEach, describe, expect, it, vi } from 'vitest';
import { mapInSlices, runInSlices, SLICE_MS } from './slices';

afterEach(() => vi.restoreAllMocks());

describe('work in slices', () => {
  it('ends the task once a slice has run its few milliseconds, and only then', async () => {
    let now = 0;
    vi.spyOn(performance, 'now').mockImplementation(() => now);
    const yields: number[] = [];
    let step = 0;
    const steps = (function* () {
      for (step = 0; step < 10; step += 1) {
        now += 2; // each unit of work takes 2 ms
        yield;
      }
    })();
    const timeout = vi.spyOn(globalThis, 'setTimeout');
    const scheduler = (globalThis as { scheduler?: unknown }).scheduler;
    (globalThis as { scheduler?: unknown }).scheduler = {
      yield: () => {
        yields.push(step);
        return Promise.resolve();
      },
    };
    try {
      await runInSlices(steps);
    } finally {
      (globalThis as { scheduler?: unknown }).scheduler = scheduler;
    }
    // 2 ms a step and 5 ms a slice: the task ends after every third step.
    expect(SLICE_MS).toBe(5);
    expect(yields).toEqual([2, 5, 8]);
    expect(timeout).not.toHaveBeenCalled();
  });

  it('maps every item in order', async () => {
    await expect(mapInSlices([1, 2, 3], (n) => n * 10)).resolves.toEqual([10, 20, 30]);
  });
});
