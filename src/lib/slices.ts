// Long work in slices of a few milliseconds with the browser's turn between them, as React's scheduler slices a
// render: each slice ends once it has run SLICE_MS, whatever the host's speed, so no task grows long on a slow phone.
import { nextTask } from './next-task';

/** React's scheduler yields every 5 ms too (its frame interval). */
export const SLICE_MS = 5;

/** Runs `steps` (a generator that pauses between units of work) to its end, ending the task after each full slice. */
export async function runInSlices(steps: Iterator<unknown>): Promise<void> {
  let started = performance.now();
  while (!steps.next().done) {
    if (performance.now() - started >= SLICE_MS) {
      await nextTask();
      started = performance.now();
    }
  }
}

/** Each item of `items` through `map`, in slices. */
export async function mapInSlices<T, U>(items: readonly T[], map: (item: T) => U): Promise<U[]> {
  const out: U[] = [];
  await runInSlices(
    (function* () {
      for (const item of items) {
        out.push(map(item));
        yield;
      }
    })(),
  );
  return out;
}
