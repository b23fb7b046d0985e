// `bench:interactions --trace <dir>`: a Chromium trace of one step (open it in DevTools' Performance panel), and a
// summary of the page's main-thread work during it: events dispatched, style recalculations, layouts, the longest calls.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from '@playwright/test';
import { log } from './processes';
import type { TraceEvent } from './trace';

const CATEGORIES = [
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'disabled-by-default-devtools.timeline.frame',
  'blink.user_timing',
  'v8.execute',
  'disabled-by-default-v8.cpu_profiler',
  'latencyInfo',
];

/** The renderer main threads (CrRendererMain) of a trace; the page's is the one that dispatched input events. */
function pageMainThread(events: TraceEvent[]): TraceEvent[] {
  const mains = events.filter((e) => e.ph === 'M' && e.name === 'thread_name' && (e.args?.name as string) === 'CrRendererMain');
  const dispatched = (t: TraceEvent) => events.filter((e) => e.pid === t.pid && e.tid === t.tid && e.name === 'EventDispatch').length;
  const main = mains.sort((a, b) => dispatched(b) - dispatched(a))[0];
  return main ? events.filter((e) => e.pid === main.pid && e.tid === main.tid && e.ph === 'X' && typeof e.dur === 'number') : [];
}

/** Lines saying what the main thread did: inclusive time per kind of event, restyled elements, the longest calls. */
export function summarizeTrace(events: TraceEvent[]): string[] {
  const main = pageMainThread(events);
  const ms = (us: number) => `${(us / 1000).toFixed(1)} ms`;
  const total = (name: string) => main.filter((e) => e.name === name).reduce((sum, e) => sum + (e.dur ?? 0), 0);
  const count = (name: string) => main.filter((e) => e.name === name).length;
  const restyled = main.filter((e) => e.name === 'UpdateLayoutTree').reduce((sum, e) => sum + Number(e.args?.elementCount ?? 0), 0);
  const dispatches = main
    .filter((e) => e.name === 'EventDispatch')
    .map((e) => `${(e.args?.data as { type?: string } | undefined)?.type ?? '?'} ${ms(e.dur ?? 0)}`);
  const calls = main
    .filter((e) => e.name === 'FunctionCall')
    .sort((a, b) => (b.dur ?? 0) - (a.dur ?? 0))
    .slice(0, 5)
    .map((e) => {
      const data = (e.args?.data ?? {}) as { functionName?: string; url?: string; lineNumber?: number };
      return `${data.functionName || '(anonymous)'} ${String(data.url ?? '')
        .split('/')
        .pop()}:${data.lineNumber ?? '?'} ${ms(e.dur ?? 0)}`;
    });
  return [
    `tasks ${ms(total('RunTask'))}; style recalcs ${count('UpdateLayoutTree')} (${ms(total('UpdateLayoutTree'))}, ${restyled} elements); layouts ${count('Layout')} (${ms(total('Layout'))}); paint ${ms(total('Paint') + total('PrePaint'))}; GC ${ms(total('MinorGC') + total('MajorGC'))}`,
    `events: ${dispatches.join(', ') || 'none'}`,
    `longest calls: ${calls.join('; ') || 'none'}`,
  ];
}

/** Runs `measure` inside a Chromium trace written to `<dir>/<step>.json`, and logs the trace's summary. */
export async function traceStep<T>(browser: Browser, page: Page, step: string, dir: string, measure: () => Promise<T>): Promise<T> {
  mkdirSync(dir, { recursive: true });
  await browser.startTracing(page, { categories: CATEGORIES });
  let result: T;
  try {
    result = await measure();
  } finally {
    const buffer = await browser.stopTracing();
    const file = join(dir, `${step.replace(/[^a-z0-9]+/gi, '-').replace(/^-|-$/g, '')}.json`);
    writeFileSync(file, buffer);
    const { traceEvents } = JSON.parse(buffer.toString('utf8')) as { traceEvents: TraceEvent[] };
    for (const line of summarizeTrace(traceEvents)) log(`    ${step}: ${line}`);
    log(`    ${step}: trace in ${file}`);
  }
  return result;
}
