// The arithmetic of `npm run bench:interactions`: Event Timing entries grouped into interactions, each step's latency,
// medians and worsts over the runs, the targets, and the table written to its section of docs/performance.md.
import { median } from './cli';

/** The fields of a PerformanceEventTiming entry (`event` or `first-input`) the bench reads. */
export interface EventTimingEntry {
  entryType: string;
  name: string;
  interactionId: number;
  startTime: number;
  duration: number;
  processingStart: number;
  processingEnd: number;
}

/** The observer's `durationThreshold`: the smallest a browser allows. Shorter events produce no entry at all. */
export const DURATION_THRESHOLD = 16;

/** INP's "good" bound for the worst run, and half of it for the median run (issue 23). */
export const TARGETS = { worst: 200, median: 100 } as const;

export interface Interaction {
  id: number;
  /** The longest `duration` of its entries: input delay + processing + presentation, rounded by the browser to 8 ms. */
  latency: number;
  /** The events that made it up (e.g. pointerdown, pointerup, click), in the order they started. */
  events: string[];
  startTime: number;
  /** Of the frame that presented the longest entry: from its input to the first event handler starting, */
  inputDelay: number;
  /** from the first handler starting to the last one ending, */
  processing: number;
  /** and from the last handler ending to the frame that showed the answer. */
  presentation: number;
}

/**
 * Entries grouped by interactionId (entries without one, such as pointerover or a bare touchstart, belong to no
 * interaction), in the order the interactions started. A `first-input` entry repeats an `event` entry; taking the
 * maximum makes the repeat harmless.
 */
export function groupInteractions(entries: readonly EventTimingEntry[]): Interaction[] {
  const byId = new Map<number, EventTimingEntry[]>();
  for (const entry of entries) {
    if (!entry.interactionId) continue;
    byId.set(entry.interactionId, [...(byId.get(entry.interactionId) ?? []), entry]);
  }
  return [...byId.entries()]
    .map(([id, group]) => {
      const sorted = [...group].sort((a, b) => a.startTime - b.startTime || a.processingStart - b.processingStart);
      const longest = sorted.reduce((a, b) => (b.duration > a.duration ? b : a));
      // The breakdown is of the frame that presented the longest entry: the entries ending with it (a key held down
      // ends its keyup in a later frame than its keydown). Ends are compared within the 8 ms rounding.
      const end = longest.startTime + longest.duration;
      const frame = sorted.filter((e) => Math.abs(e.startTime + e.duration - end) <= 8);
      const processingStart = Math.min(...frame.map((e) => e.processingStart));
      const processingEnd = Math.max(...frame.map((e) => e.processingEnd));
      const startTime = Math.min(...frame.map((e) => e.startTime));
      return {
        id,
        latency: longest.duration,
        events: [...new Set(sorted.filter((e) => e.entryType === 'event').map((e) => e.name))],
        startTime: (sorted[0] as EventTimingEntry).startTime,
        inputDelay: processingStart - startTime,
        processing: processingEnd - processingStart,
        presentation: Math.max(0, end - processingEnd),
      };
    })
    .sort((a, b) => a.startTime - b.startTime);
}

export interface StepResult {
  /** The worst interaction's latency; 0 when every interaction was under the threshold (no entry at all). */
  latency: number;
  /** That interaction, for the log and for finding out why; undefined when none reached the threshold. */
  worst?: Interaction | undefined;
  /** How many interactions the browser counted in the step (performance.interactionCount's increase). */
  counted: number;
}

/**
 * A step's latency from the entries that started during it and the number of interactions the browser counted. A step
 * the browser counted no interaction for did not reach the page as input (a missed tap): that is an error, not a 0.
 */
export function stepResult(entries: readonly EventTimingEntry[], counted: number): StepResult {
  if (counted < 1) throw new Error('the browser counted no interaction: the input did not reach the page');
  const interactions = groupInteractions(entries);
  const worst = interactions.reduce<Interaction | undefined>((a, b) => (!a || b.latency > a.latency ? b : a), undefined);
  return { latency: worst?.latency ?? 0, worst, counted };
}

export interface Row {
  /** The interaction as a reader would name it. */
  name: string;
  /** One latency per run that measured it. */
  latencies: number[];
  /** Runs in which the step could not be done (its control missing, the page not answering), with why. */
  failures: string[];
}

export interface Summary {
  median: number;
  worst: number;
}

export const summarize = (row: Row): Summary => ({ median: median(row.latencies), worst: Math.max(...row.latencies) });

/** A latency as the table shows it: under the threshold there is no entry, so only "< 16 ms" is known. */
export const formatLatency = (ms: number): string =>
  !Number.isFinite(ms) ? '—' : ms < DURATION_THRESHOLD ? `< ${DURATION_THRESHOLD} ms` : `${Math.round(ms)} ms`;

/** What misses a target: rows over either bound, and rows with no measurement or a failed run (they prove nothing). */
export function overTarget(rows: readonly Row[]): string[] {
  const problems: string[] = [];
  for (const row of rows) {
    if (row.latencies.length === 0) {
      problems.push(`${row.name}: not measured (${row.failures[0] ?? 'no run'})`);
      continue;
    }
    const { median: mid, worst } = summarize(row);
    if (worst > TARGETS.worst) problems.push(`${row.name}: worst ${formatLatency(worst)} > ${TARGETS.worst} ms`);
    if (mid > TARGETS.median) problems.push(`${row.name}: median ${formatLatency(mid)} > ${TARGETS.median} ms`);
    if (row.failures.length) problems.push(`${row.name}: ${row.failures.length} run(s) failed (${row.failures[0]})`);
  }
  return problems;
}

/** The Markdown table: one line per interaction with its median, worst, every run, and whether it meets the targets. */
export function interactionsTable(rows: readonly Row[]): string {
  const lines = rows.map((row) => {
    const { median: mid, worst } = row.latencies.length ? summarize(row) : { median: Number.NaN, worst: Number.NaN };
    const met = row.latencies.length > 0 && row.failures.length === 0 && worst <= TARGETS.worst && mid <= TARGETS.median;
    const runs = row.latencies.map((ms) => (ms < DURATION_THRESHOLD ? `<${DURATION_THRESHOLD}` : String(Math.round(ms)))).join(', ');
    const failed = row.failures.length ? ` (${row.failures.length} failed)` : '';
    return `| ${row.name} | ${formatLatency(mid)} | ${formatLatency(worst)} | ${runs || '—'}${failed} | ${met ? 'met' : '**not met**'} |`;
  });
  return ['| interaction | median | worst | runs (ms) | target |', '|---|---|---|---|---|', ...lines].join('\n');
}
