// Reads a Chrome trace (the JSON of Tracing.start) into what `bench:style` reports: main-thread time by kind of work.
export interface TraceEvent {
  name: string;
  cat?: string;
  ph: string;
  ts: number;
  dur?: number;
  /** Thread (CPU) time of a complete event, where the trace records it. */
  tdur?: number;
  pid: number;
  tid: number;
  args?: Record<string, unknown>;
}

/** The kinds of main-thread work reported, each the self time of the trace events it names. */
export const BUCKETS = ['style', 'layout', 'paint', 'script', 'gc', 'parseHTML', 'parseCSS', 'other'] as const;
export type Bucket = (typeof BUCKETS)[number];

const BUCKET_OF: Record<string, Bucket> = {
  UpdateLayoutTree: 'style',
  RecalculateStyles: 'style',
  Layout: 'layout',
  PrePaint: 'paint',
  Paint: 'paint',
  Layerize: 'paint',
  UpdateLayer: 'paint',
  UpdateLayerTree: 'paint',
  PaintImage: 'paint',
  Commit: 'paint',
  EvaluateScript: 'script',
  FunctionCall: 'script',
  TimerFire: 'script',
  FireAnimationFrame: 'script',
  EventDispatch: 'script',
  RunMicrotasks: 'script',
  'v8.compile': 'script',
  'v8.compileModule': 'script',
  'v8.evaluateModule': 'script',
  'v8.run': 'script',
  'v8.produceCache': 'script',
  'V8.Execute': 'script',
  CompileScript: 'script',
  CompileModule: 'script',
  EvaluateModule: 'script',
  MajorGC: 'gc',
  MinorGC: 'gc',
  BlinkGC: 'gc',
  'V8.GC_SCAVENGER': 'gc',
  'V8.GCFinalizeMC': 'gc',
  ParseHTML: 'parseHTML',
  ParseAuthorStyleSheet: 'parseCSS',
};

interface Span {
  name: string;
  /** Whether a task (RunTask) encloses it: only tasks no other task encloses are counted as tasks. */
  inTask?: boolean;
  start: number;
  end: number;
  self: number;
  args?: Record<string, unknown>;
}

export type Breakdown = Record<Bucket, number>;

export interface MainThreadProfile {
  /** Milliseconds of self time per kind of work, from navigation to the end of the trace. */
  total: Breakdown;
  /** Sum of every top-level task's duration, in ms. */
  busy: number;
  /** The longest top-level task: its duration and what it was made of (ms). */
  longest: { duration: number; parts: Breakdown };
  /** Σ max(0, task − 50 ms) over the top-level tasks: the blocking time of the whole load. */
  blocking: number;
  /** UpdateLayoutTree events and the elements they restyled, Layout events and the objects they laid out. */
  styleRecalcs: number;
  elementsRestyled: number;
  layouts: number;
}

const zero = (): Breakdown => Object.fromEntries(BUCKETS.map((b) => [b, 0])) as Breakdown;
const isTask = (name: string) => name === 'RunTask' || name === 'ThreadControllerImpl::RunTask';

/** Complete spans of one thread: 'X' events as they are, 'B'/'E' pairs matched by a stack. */
function spansOf(events: TraceEvent[]): Span[] {
  const spans: Span[] = [];
  const open: TraceEvent[] = [];
  for (const e of [...events].sort((a, b) => a.ts - b.ts)) {
    if (e.ph === 'X' && typeof e.dur === 'number') spans.push({ name: e.name, start: e.ts, end: e.ts + e.dur, self: e.dur, args: e.args });
    else if (e.ph === 'B') open.push(e);
    else if (e.ph === 'E') {
      const at = open.map((o) => o.name).lastIndexOf(e.name);
      const begin = at === -1 ? open.pop() : open.splice(at, 1)[0];
      if (begin) spans.push({ name: begin.name, start: begin.ts, end: e.ts, self: e.ts - begin.ts, args: { ...begin.args, ...e.args } });
    }
  }
  // Outer spans first where two start together, so that nesting (and self time) comes out right.
  spans.sort((a, b) => a.start - b.start || b.end - a.end);
  const stack: Span[] = [];
  for (const span of spans) {
    while (stack.length && (stack.at(-1) as Span).end <= span.start) stack.pop();
    const parent = stack.at(-1);
    if (parent) parent.self -= Math.min(span.end, parent.end) - span.start;
    span.inTask = stack.some((outer) => isTask(outer.name));
    stack.push(span);
  }
  return spans;
}

/**
 * The main thread of the renderer that parsed `url`. Not simply the busiest renderer: a fresh Chromium also runs a
 * "WebUI Top Renderer" (the omnibox popup, preloaded) that is as busy as the page during its load.
 */
export function mainThreadOf(events: TraceEvent[], url: string): TraceEvent[] {
  const parse = events.find((e) => e.name === 'ParseHTML' && (e.args?.beginData as { url?: string } | undefined)?.url === url);
  if (!parse) throw new Error(`The trace has no ParseHTML of ${url}: did the page load?`);
  return events.filter((e) => e.pid === parse.pid && e.tid === parse.tid);
}

/** Main-thread time by kind of work, from a trace's events. */
export function profileTrace(events: TraceEvent[], url: string): MainThreadProfile {
  const spans = spansOf(mainThreadOf(events, url));
  const total = zero();
  const tasks = spans.filter((s) => isTask(s.name) && !s.inTask);
  let styleRecalcs = 0;
  let elementsRestyled = 0;
  let layouts = 0;
  for (const span of spans) {
    const bucket = BUCKET_OF[span.name];
    if (bucket) total[bucket] += span.self / 1000;
    if (span.name === 'UpdateLayoutTree') {
      styleRecalcs += 1;
      elementsRestyled += Number((span.args?.elementCount as number | undefined) ?? 0);
    }
    if (span.name === 'Layout') layouts += 1;
  }
  const longestTask = tasks.reduce<Span | undefined>((a, b) => (!a || b.end - b.start > a.end - a.start ? b : a), undefined);
  const parts = zero();
  if (longestTask)
    for (const span of spans) {
      if (span.start < longestTask.start || span.end > longestTask.end) continue;
      const bucket = BUCKET_OF[span.name];
      if (bucket) parts[bucket] += span.self / 1000;
    }
  const durations = tasks.map((t) => (t.end - t.start) / 1000);
  const busy = durations.reduce((a, b) => a + b, 0);
  const longest = longestTask ? (longestTask.end - longestTask.start) / 1000 : 0;
  // Whatever the named events do not account for: task scheduling, IPC, loading, and events of unrecorded categories.
  const accounted = (b: Breakdown) => BUCKETS.reduce((acc, key) => acc + b[key], 0);
  total.other = Math.max(0, busy - accounted(total));
  parts.other = Math.max(0, longest - accounted(parts));
  return {
    total,
    busy,
    longest: { duration: longest, parts },
    blocking: durations.reduce((sum, d) => sum + Math.max(0, d - 50), 0),
    styleRecalcs,
    elementsRestyled,
    layouts,
  };
}

export interface SelectorCost {
  selector: string;
  /** Microseconds spent matching it, summed over the trace's style recalculations. */
  elapsed: number;
  attempts: number;
  matches: number;
}

/** Per-selector matching cost from the page's `SelectorStats` events (category disabled-by-default-blink.debug), summed. */
export function selectorCosts(events: TraceEvent[], url: string): SelectorCost[] {
  const sums = new Map<string, SelectorCost>();
  for (const e of mainThreadOf(events, url)) {
    if (e.name !== 'SelectorStats') continue;
    const timings = ((e.args?.selector_stats as { selector_timings?: unknown[] } | undefined)?.selector_timings ?? []) as Array<
      Record<string, unknown>
    >;
    for (const t of timings) {
      const selector = String(t.selector ?? '');
      const sum = sums.get(selector) ?? { selector, elapsed: 0, attempts: 0, matches: 0 };
      sum.elapsed += Number(t['elapsed (us)'] ?? t.elapsed ?? 0);
      sum.attempts += Number(t.match_attempts ?? 0);
      sum.matches += Number(t.match_count ?? 0);
      sums.set(selector, sum);
    }
  }
  return [...sums.values()].sort((a, b) => b.elapsed - a.elapsed);
}

/**
 * Of the page's main-thread task time from its first contentful paint on, the share in which the thread had a CPU:
 * the trace's thread time (`tdur`) over wall time (`dur`). Lighthouse's simulated blocking time scales wall time, so
 * on a busy host a task that waited for a CPU counts as if it had computed all along; this says how much of it did.
 * Undefined if the trace has no first paint or no thread times.
 */
export function mainThreadCpuShare(events: TraceEvent[], url: string): number | undefined {
  let main: TraceEvent[];
  try {
    main = mainThreadOf(events, url);
  } catch {
    return undefined;
  }
  const paint = events.find((e) => e.name === 'firstContentfulPaint' && e.pid === main[0]?.pid);
  if (!paint) return undefined;
  let wall = 0;
  let cpu = 0;
  for (const e of main) {
    if (e.ph !== 'X' || e.name !== 'RunTask' || e.ts < paint.ts || !e.dur || e.tdur === undefined) continue;
    wall += e.dur;
    cpu += e.tdur;
  }
  return wall > 0 ? cpu / wall : undefined;
}
