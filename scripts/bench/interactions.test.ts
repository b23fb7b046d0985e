// The interaction bench's arithmetic: grouping Event Timing entries, a step's latency, medians, worsts and the table.
import { describe, expect, it } from 'vitest';
import { groupInteractions, interactionsTable, overTarget, stepResult, summarize, type EventTimingEntry, type Row } from './interactions';

const entry = (name: string, interactionId: number, startTime: number, duration: number, processing: [number, number], entryType = 'event') =>
  ({ entryType, name, interactionId, startTime, duration, processingStart: processing[0], processingEnd: processing[1] }) satisfies EventTimingEntry;

/** A tap as Chromium reports it: pointer events with the interaction's id, touch and mouse events without. */
const tap: EventTimingEntry[] = [
  entry('pointerover', 0, 100, 24, [110, 112]),
  entry('pointerdown', 7, 100, 24, [112, 114]),
  entry('first-input', 7, 100, 24, [112, 114], 'first-input'),
  entry('touchstart', 0, 100, 24, [114, 115]),
  entry('pointerup', 7, 101, 24, [116, 117]),
  entry('mousedown', 0, 101, 64, [130, 131]),
  entry('click', 7, 101, 64, [132, 150]),
];

describe('groupInteractions', () => {
  it('makes one interaction of a tap: its latency is the longest entry, events without an id are left out', () => {
    const [only, ...rest] = groupInteractions(tap);
    expect(rest).toEqual([]);
    expect(only).toMatchObject({ id: 7, latency: 64, events: ['pointerdown', 'pointerup', 'click'], startTime: 100 });
    // The breakdown is the click's frame (it ends at 101 + 64): its input at 101, handlers 132–150, the frame at 165.
    expect(only?.inputDelay).toBe(31);
    expect(only?.processing).toBe(18);
    expect(only?.presentation).toBe(15);
  });

  it('keeps keystrokes apart, in the order they started', () => {
    const keys = [entry('keydown', 21, 300, 40, [301, 302]), entry('keyup', 21, 330, 16, [331, 332]), entry('keydown', 14, 200, 88, [201, 260])];
    expect(groupInteractions(keys).map((i) => [i.id, i.latency])).toEqual([
      [14, 88],
      [21, 40],
    ]);
  });

  it('breaks a held key down by its keydown frame, not by the keyup 150 ms later', () => {
    const held = [entry('keydown', 3, 0, 48, [4, 40]), entry('keypress', 3, 0, 48, [40, 41]), entry('keyup', 3, 150, 16, [151, 152])];
    expect(groupInteractions(held)[0]).toMatchObject({ latency: 48, inputDelay: 4, processing: 37, presentation: 7 });
  });
});

describe('stepResult', () => {
  it('is the worst interaction of the step', () => {
    const keys = [entry('keydown', 1, 0, 24, [1, 2]), entry('keydown', 2, 50, 104, [51, 90]), entry('keydown', 3, 100, 32, [101, 102])];
    expect(stepResult(keys, 5)).toMatchObject({ latency: 104, counted: 5, worst: { id: 2 } });
  });

  it('is 0 (under the threshold) when the browser counted interactions but none lasted 16 ms', () => {
    expect(stepResult([entry('pointerover', 0, 0, 24, [1, 2])], 1)).toEqual({ latency: 0, worst: undefined, counted: 1 });
  });

  it('is an error when the browser counted no interaction: a missed tap must not pass as a fast one', () => {
    expect(() => stepResult([], 0)).toThrow(/no interaction/);
  });
});

const row = (name: string, latencies: number[], failures: string[] = []): Row => ({ name, latencies, failures });

describe('summaries and targets', () => {
  it('takes the median and the worst of the runs', () => {
    expect(summarize(row('open menu', [40, 16, 200, 24, 0]))).toEqual({ median: 24, worst: 200 });
  });

  it('passes 200 ms worst and 100 ms median, and names each bound exceeded', () => {
    expect(overTarget([row('a', [100, 100, 200, 8, 8])])).toEqual([]);
    expect(overTarget([row('b', [100, 100, 208, 8, 8]), row('c', [104, 104, 104, 8, 8])])).toEqual([
      'b: worst 208 ms > 200 ms',
      'c: median 104 ms > 100 ms',
    ]);
  });

  it('counts a step that was never measured, or failed in a run, as a miss', () => {
    expect(overTarget([row('open search', [], ['no button "Search"'])])).toEqual(['open search: not measured (no button "Search")']);
    expect(overTarget([row('load more', [24, 24], ['timeout'])])).toEqual(['load more: 1 run(s) failed (timeout)']);
  });
});

describe('interactionsTable', () => {
  it('shows median, worst, the runs and the verdict; latencies under the threshold as "< 16"', () => {
    const table = interactionsTable([row('open menu', [24, 0, 40]), row('switch theme', [96, 120, 232]), row('open search', [], ['missing'])]);
    expect(table.split('\n')).toEqual([
      '| interaction | median | worst | runs (ms) | target |',
      '|---|---|---|---|---|',
      '| open menu | 24 ms | 40 ms | 24, <16, 40 | met |',
      '| switch theme | 120 ms | 232 ms | 96, 120, 232 | **not met** |',
      '| open search | — | — | — (1 failed) | **not met** |',
    ]);
  });
});
