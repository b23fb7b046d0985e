// One Lighthouse run (mobile, simulated throttling, Performance only) in a fresh Chromium, and the metrics Lede reads.
import { writeFileSync } from 'node:fs';
import { chromium } from '@playwright/test';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { CHROMIUM_FLAGS, resolveChromium } from '../../e2e/chromium';
import { mainThreadCpuShare, type TraceEvent } from './trace';
export { median } from './cli';

export interface RunMetrics {
  /** The LCP element as Lighthouse labels it (e.g. `img.figure__image`), for reading the numbers. */
  lcpElement?: string;
  score: number;
  fcp: number;
  lcp: number;
  tbt: number;
  cls: number;
  si: number;
  jsKiB: number;
  /** The page's HTML as transferred (a server-rendered page carries its content, and the render server's compression shows). */
  docKiB: number;
  /** Lighthouse's measure of this host's CPU speed, taken at the start of the run. */
  benchmarkIndex: number;
  /** The run's long tasks (simulated durations), for `--tasks`: what to shorten next. */
  longTasks: Array<{ url: string; start: number; duration: number }>;
  /** Share of the page's main-thread task time after its first paint in which the thread had a CPU (trace.ts). */
  cpuShare?: number | undefined;
}
export type Metric = Exclude<keyof RunMetrics, 'lcpElement' | 'benchmarkIndex' | 'longTasks' | 'cpuShare'>;
export const METRICS: Metric[] = ['score', 'fcp', 'lcp', 'tbt', 'cls', 'si', 'jsKiB', 'docKiB'];

/** Lighthouse's default mobile throttling (Lantern's mobileSlow4G), whose CPU slowdown is 4×. */
const MOBILE_SLOW_4G = { rttMs: 150, throughputKbps: 1638.4, requestLatencyMs: 562.5, downloadThroughputKbps: 1474.56, uploadThroughputKbps: 675 };
export const DEFAULT_CPU_SLOWDOWN = 4;

export const chromePath = resolveChromium() ?? chromium.executablePath();
const chromeFlags = [...CHROMIUM_FLAGS, '--headless=new'];

export let lighthouseVersion = '';

/** The first DOM node's selector (its last step) in an audit's details, e.g. the LCP element in `lcp-breakdown-insight`. */
function lcpElementOf(details: unknown): string | undefined {
  if (!details || typeof details !== 'object') return undefined;
  const record = details as Record<string, unknown>;
  if (record.type === 'node')
    return (
      String(record.selector ?? record.nodeLabel ?? '')
        .split(' > ')
        .pop() || undefined
    );
  for (const value of Object.values(record)) {
    for (const child of Array.isArray(value) ? value : [value]) {
      const found = lcpElementOf(child);
      if (found) return found;
    }
  }
  return undefined;
}

/**
 * One Lighthouse run of url with the given CPU slowdown, in a fresh Chromium with a fresh temporary profile; its trace
 * written to `traceFile` where one is given (`--traces`: to read what each long task was).
 */
export async function lighthouseOnce(url: string, cpuSlowdownMultiplier: number, traceFile?: string): Promise<RunMetrics> {
  const chrome = await chromeLauncher.launch({ chromePath, chromeFlags, logLevel: 'silent' });
  try {
    const result = await lighthouse(url, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: ['performance'],
      throttlingMethod: 'simulate',
      throttling: { ...MOBILE_SLOW_4G, cpuSlowdownMultiplier },
    });
    if (!result) throw new Error('Lighthouse returned no result');
    const { lhr } = result;
    if (lhr.runtimeError) throw new Error(`${lhr.runtimeError.code}: ${lhr.runtimeError.message}`);
    lighthouseVersion = lhr.lighthouseVersion;
    const numeric = (id: string) => {
      const value = lhr.audits[id]?.numericValue;
      if (typeof value !== 'number') throw new Error(`Lighthouse audit ${id} has no value (${lhr.audits[id]?.errorMessage ?? 'missing'})`);
      return value;
    };
    const requests =
      (lhr.audits['network-requests']?.details as { items?: Array<{ resourceType?: string; transferSize?: number }> } | undefined)?.items ?? [];
    const jsBytes = requests.filter((r) => r.resourceType === 'Script').reduce((sum, r) => sum + (r.transferSize ?? 0), 0);
    const document = requests.find((r) => r.resourceType === 'Document');
    const score = lhr.categories.performance?.score;
    const trace = (result.artifacts as { Trace?: { traceEvents?: TraceEvent[] } }).Trace;
    if (traceFile && trace) writeFileSync(traceFile, JSON.stringify(trace));
    return {
      cpuShare: trace?.traceEvents ? mainThreadCpuShare(trace.traceEvents, lhr.finalDisplayedUrl) : undefined,
      lcpElement: lcpElementOf(lhr.audits['lcp-breakdown-insight']?.details ?? lhr.audits['largest-contentful-paint-element']?.details),
      score: typeof score === 'number' ? score * 100 : Number.NaN,
      fcp: numeric('first-contentful-paint'),
      lcp: numeric('largest-contentful-paint'),
      tbt: numeric('total-blocking-time'),
      cls: numeric('cumulative-layout-shift'),
      si: numeric('speed-index'),
      jsKiB: jsBytes / 1024,
      docKiB: (document?.transferSize ?? Number.NaN) / 1024,
      benchmarkIndex: typeof lhr.environment.benchmarkIndex === 'number' ? lhr.environment.benchmarkIndex : Number.NaN,
      longTasks: (
        (lhr.audits['long-tasks']?.details as { items?: Array<{ url?: string; startTime?: number; duration?: number }> } | undefined)?.items ?? []
      ).map((task) => ({
        url: String(task.url ?? ''),
        start: Number(task.startTime ?? 0),
        duration: Number(task.duration ?? 0),
      })),
    };
  } finally {
    chrome.kill();
  }
}

/** The page's <h1> text once the app has rendered, or null if none appears. */
export async function probeHeading(url: string): Promise<string | null> {
  const browser = await chromium.launch({ executablePath: chromePath, args: CHROMIUM_FLAGS });
  try {
    const page = await browser.newPage();
    await page.goto(url);
    const heading = page.locator('main h1').first();
    await heading.waitFor({ timeout: 15_000 });
    return (await heading.textContent())?.trim() ?? '';
  } catch {
    return null;
  } finally {
    await browser.close();
  }
}
