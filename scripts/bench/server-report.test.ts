// The server bench's arithmetic and parsing: percentiles, a case's figures, memory from /proc/<pid>/status, its tables.
import { describe, expect, it } from 'vitest';
import { caseTable, memoryOf, memoryTable, outcomeList, percentile, summarize, type LoadResult } from './server-report';

const result = (overrides: Partial<LoadResult>): LoadResult => ({
  latenciesMs: [],
  statuses: {},
  outcomes: {},
  etags: new Set(),
  errors: {},
  bytes: 0,
  elapsedMs: 1000,
  ...overrides,
});

describe('percentile', () => {
  it('takes the nearest rank, whatever the order the values came in', () => {
    const values = [5, 1, 4, 2, 3, 10, 9, 8, 7, 6];
    expect(percentile(values, 50)).toBe(5);
    expect(percentile(values, 99)).toBe(10);
    expect(percentile(values, 10)).toBe(1);
    expect(percentile([7], 99)).toBe(7);
  });

  it('keeps fractions of a millisecond', () => {
    expect(percentile([0.3, 0.6, 0.9, 1.4], 50)).toBe(0.6);
  });

  it('is NaN with no values', () => {
    expect(percentile([], 50)).toBeNaN();
  });
});

describe('summarize', () => {
  it('counts answers per second of wall time, non-2xx answers and errors apart, and the page versions', () => {
    const summary = summarize(
      'cold',
      result({
        latenciesMs: Array.from({ length: 100 }, (_, i) => i + 1),
        statuses: { 200: 90, 304: 4, 503: 6 },
        outcomes: { miss: 94, none: 6 },
        etags: new Set(['"a"', '"b"', '"c"']),
        errors: { UND_ERR_HEADERS_TIMEOUT: 2, ECONNRESET: 1 },
        elapsedMs: 4000,
      }),
    );
    expect(summary).toEqual({
      label: 'cold',
      answered: 100,
      perSecond: 25,
      p50Ms: 50,
      p99Ms: 99,
      errors: 3,
      non2xx: 10,
      outcomes: { miss: 94, none: 6 },
      versions: 3,
    });
  });

  it('gives no rate when nothing was timed', () => {
    expect(summarize('none', result({ elapsedMs: 0 })).perSecond).toBeNaN();
  });
});

describe('memoryOf', () => {
  const status = ['Name:\tnode', 'VmPeak:\t 1234567 kB', 'VmHWM:\t  108176 kB', 'VmRSS:\t   98304 kB', 'Threads:\t11'].join('\n');

  it('reads VmRSS and its peak VmHWM in KiB, not VmPeak', () => {
    expect(memoryOf(status)).toEqual({ rssKiB: 98304, peakKiB: 108176 });
  });

  it('is undefined when a field is missing (a process that has exited, a kernel thread)', () => {
    expect(memoryOf('Name:\tkthreadd\nState:\tS (sleeping)\n')).toBeUndefined();
  });
});

describe('tables', () => {
  it('lists render outcomes most frequent first', () => {
    expect(outcomeList({ miss: 1, stale: 5230 })).toBe('stale 5,230, miss 1');
    expect(outcomeList({})).toBe('—');
  });

  it('shows a case as one Markdown row', () => {
    const row = caseTable([
      summarize(
        'cached',
        result({ latenciesMs: [0.4, 0.5, 2], statuses: { 200: 3 }, outcomes: { stale: 3 }, etags: new Set(['"a"']), elapsedMs: 10 }),
      ),
    ])
      .split('\n')
      .at(-1);
    expect(row).toBe('| cached | 3 | 300 | 0.5 ms | 2.0 ms | 0 | 0 | stale 3 | 1 |');
  });

  it('shows memory in MiB, and a dash where it could not be read', () => {
    const rows = memoryTable([
      { when: 'before', answered: 0, memory: { rssKiB: 102400, peakKiB: 110592 } },
      { when: 'after', answered: 10000, memory: undefined },
    ]).split('\n');
    expect(rows.slice(2)).toEqual(['| before | 0 | 100 MiB | 108 MiB |', '| after | 10,000 | — | — |']);
  });
});
