// What `npm run bench:server` makes of its measurements: each case's throughput, latency percentiles, failures, render
// outcomes and page versions, the server's memory from /proc/<pid>/status, and the Markdown tables of its docs section.

/** What one case's load recorded: a latency, a status and an `x-lede-render` value per answer, and errors by kind. */
export interface LoadResult {
  latenciesMs: number[];
  statuses: Record<number, number>;
  /** `x-lede-render` values (miss, hit, stale; `none` when absent) and how many answers carried each. */
  outcomes: Record<string, number>;
  /** The pages' distinct ETags: each render of the story has its own (its data carries the time it was read). */
  etags: Set<string>;
  /** Requests that got no complete answer (refused, reset, timed out), by error code. */
  errors: Record<string, number>;
  bytes: number;
  /** From the first request sent to the last answer (or error). */
  elapsedMs: number;
}

export interface CaseSummary {
  label: string;
  /** Requests answered (any status). */
  answered: number;
  perSecond: number;
  p50Ms: number;
  p99Ms: number;
  errors: number;
  non2xx: number;
  outcomes: Record<string, number>;
  /** Distinct versions of the page among the answers (ETags): 1 when the cache never replaced it. */
  versions: number;
}

/** The nearest-rank percentile `p` (0–100) of `values` (NaN when there are none). */
export function percentile(values: number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
  return sorted[Math.min(rank, sorted.length) - 1] as number;
}

const sum = (counts: Record<string | number, number>) => Object.values(counts).reduce((total, n) => total + n, 0);

/** One case's figures: answers per second of wall time, latency percentiles over every answer, what failed. */
export function summarize(label: string, result: LoadResult): CaseSummary {
  const answered = sum(result.statuses);
  const non2xx = Object.entries(result.statuses).reduce(
    (total, [status, n]) => (Number(status) >= 200 && Number(status) < 300 ? total : total + n),
    0,
  );
  return {
    label,
    answered,
    perSecond: result.elapsedMs > 0 ? answered / (result.elapsedMs / 1000) : Number.NaN,
    p50Ms: percentile(result.latenciesMs, 50),
    p99Ms: percentile(result.latenciesMs, 99),
    errors: sum(result.errors),
    non2xx,
    outcomes: result.outcomes,
    versions: result.etags.size,
  };
}

export interface Memory {
  /** Resident set size now (VmRSS) and its peak since the process started (VmHWM), in KiB. */
  rssKiB: number;
  peakKiB: number;
}

/** VmRSS and VmHWM from the text of /proc/<pid>/status; undefined when either is missing. */
export function memoryOf(procStatus: string): Memory | undefined {
  const kib = (field: string) => {
    const match = new RegExp(`^${field}:\\s+(\\d+)\\s+kB$`, 'm').exec(procStatus);
    return match ? Number(match[1]) : undefined;
  };
  const rssKiB = kib('VmRSS');
  const peakKiB = kib('VmHWM');
  return rssKiB === undefined || peakKiB === undefined ? undefined : { rssKiB, peakKiB };
}

const whole = (n: number) => (Number.isFinite(n) ? Math.round(n).toLocaleString('en-GB') : '—');
const ms = (n: number) => (Number.isFinite(n) ? `${n < 10 ? n.toFixed(1) : n.toFixed(0)} ms` : '—');
const mib = (kib: number) => `${(kib / 1024).toFixed(0)} MiB`;

/** `stale 5,230, miss 1`: the render outcomes, most frequent first. */
export function outcomeList(outcomes: Record<string, number>): string {
  const entries = Object.entries(outcomes).sort((a, b) => b[1] - a[1]);
  return entries.length ? entries.map(([name, n]) => `${name} ${whole(n)}`).join(', ') : '—';
}

/** One row per case. */
export function caseTable(cases: CaseSummary[]): string {
  return [
    '| case | answered | req/s | p50 | p99 | errors | non-2xx | x-lede-render | page versions (ETags) |',
    '|---|---|---|---|---|---|---|---|---|',
    ...cases.map(
      (c) =>
        `| ${c.label} | ${whole(c.answered)} | ${c.perSecond.toFixed(c.perSecond < 100 ? 1 : 0)} | ${ms(c.p50Ms)} | ${ms(c.p99Ms)} | ${whole(c.errors)} | ${whole(c.non2xx)} | ${outcomeList(c.outcomes)} | ${whole(c.versions)} |`,
    ),
  ].join('\n');
}

export interface MemoryPoint {
  when: string;
  /** Requests the server had answered by then. */
  answered: number;
  memory: Memory | undefined;
}

/** The server's memory at each point of the run. */
export function memoryTable(points: MemoryPoint[]): string {
  return [
    '| when | page requests answered | RSS (VmRSS) | peak RSS so far (VmHWM) |',
    '|---|---|---|---|',
    ...points.map(
      (p) => `| ${p.when} | ${whole(p.answered)} | ${p.memory ? mib(p.memory.rssKiB) : '—'} | ${p.memory ? mib(p.memory.peakKiB) : '—'} |`,
    ),
  ].join('\n');
}
