// `npm run bench:interactions`: the taps a reader makes on a phone (menu, search and typing, hot topics, Save for
// offline, new live posts, Load more, theme), in Chromium with the CPU slowed by the Lighthouse bench's calibrated
// multiplier, measured with Event Timing; median and worst of several runs into its section of docs/performance.md.
// Usage: tsx scripts/bench-interactions.ts [--runs 5] [--cpu <multiplier> (skips calibration)] [--target-index 500]
//        [--dist <dir> (default dist-bench-interactions)] [--no-build (reuse it)] [--no-docs] [--trace <dir> (a Chromium trace of each step of run 1)]
//        [--only <words,…> (only the steps whose names contain one of them; for finding out why)]
// Exits 1 when an interaction misses its target or could not be measured.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import os from 'node:os';
import { resolve } from 'node:path';
import { chromium, type Browser } from '@playwright/test';
import { CHROMIUM_FLAGS, resolveChromium } from '../e2e/chromium';
import { calibrate, TARGET_INDEX, type Calibration } from './bench/calibration';
import { flag, option } from './bench/cli';
import { writeDocSection } from './bench/docs';
import { buildDemo, serveDemo } from './bench/demo-server';
import { instrument, measureStep, throttle } from './bench/event-timing';
import { interactionsTable, overTarget, TARGETS, type Row, type StepResult } from './bench/interactions';
import { otherWorkAtStart } from './bench/load';
import { traceStep } from './bench/interaction-trace';
import { log, runBench } from './bench/processes';
import { VISITS } from './bench/reader-taps';
import { settled } from './bench/settle';
import { STATIC_FLOOR_PATH, writePublicationStoryFloor } from './bench/floor-pages';

const ROOT = resolve(import.meta.dirname, '..');
/** Its section of docs/performance.md (scripts/bench/docs.ts). */
const DOC_MARKER = 'bench-interactions';
const DOC_HEADING = '## Every tap answered at once (`npm run bench:interactions`)';
const DIST = resolve(ROOT, option('dist', 'dist-bench-interactions'));
const RUNS = Math.max(1, Number(option('runs', '5')) || 5);
const GIVEN_CPU = option('cpu', '');
const TRACE_DIR = option('trace', '');
const ONLY = option('only', '')
  .split(',')
  .map((word) => word.trim().toLowerCase())
  .filter(Boolean);
/** The pages and steps this run does: all of them, or those `--only` names. */
const PLAN = VISITS.map((visit) => ({
  ...visit,
  steps: visit.steps.filter((step) => !ONLY.length || ONLY.some((word) => step.name.toLowerCase().includes(word))),
})).filter((visit) => visit.steps.length > 0);
/** The phone of Lighthouse's mobile preset: 390 × 844 would be a current phone; its density is the preset's 3. */
const PHONE = { viewport: { width: 390, height: 844 }, deviceScaleFactor: 3, isMobile: true, hasTouch: true } as const;

/** One reader's journey in a fresh context (fresh storage, service worker installed first): each step's result or why it failed. */
async function journey(browser: Browser, origin: string, multiplier: number, run: number): Promise<Map<string, StepResult | Error>> {
  const context = await browser.newContext({ ...PHONE, baseURL: origin, colorScheme: 'light', serviceWorkers: 'allow' });
  const results = new Map<string, StepResult | Error>();
  try {
    const page = await context.newPage();
    await instrument(page);
    const cdp = await context.newCDPSession(page);
    // The reader's app is installed: the service worker answers every page measured, as on every visit after the first.
    await page.goto('/');
    await page.waitForFunction(() => navigator.serviceWorker.controller?.state === 'activated', null, { timeout: 30_000 });
    for (const visit of PLAN) {
      await throttle(cdp, 1);
      try {
        await visit.before?.(context);
        await page.goto(visit.path);
        await settled(page);
        await visit.ready?.(page);
      } catch (error) {
        for (const step of visit.steps) results.set(step.name, asError(error, `${visit.path} did not get ready`));
        continue;
      }
      await throttle(cdp, multiplier);
      for (const step of visit.steps) {
        try {
          // The reader taps when the page is quiet: what the last tap started has finished.
          await page.evaluate(() => new Promise((done) => requestIdleCallback(done, { timeout: 2000 })));
          const act = () => step.act(page);
          const result =
            TRACE_DIR && run === 1
              ? await traceStep(browser, page, step.name, TRACE_DIR, () => measureStep(page, act))
              : await measureStep(page, act);
          results.set(step.name, result);
          const w = result.worst;
          log(
            `#${run} ${step.name}: ${result.latency ? `${result.latency} ms` : '< 16 ms'} (${result.counted} interaction(s)${w ? `; worst: ${w.events.join(', ')}: input delay ${w.inputDelay.toFixed(0)}, processing ${w.processing.toFixed(0)}, presentation ${w.presentation.toFixed(0)} ms` : ''})`,
          );
        } catch (error) {
          results.set(step.name, asError(error, step.name));
          log(`#${run} ${step.name}: FAILED ${firstLine(error)}`);
        }
      }
    }
  } finally {
    await context.close();
  }
  return results;
}

const firstLine = (error: unknown) => (error instanceof Error ? error.message : String(error)).split('\n')[0] ?? '';
const asError = (error: unknown, what: string) => new Error(`${what}: ${firstLine(error)}`);

/** The CPU model as /proc/cpuinfo names it (os.cpus() elsewhere). */
function cpuModel(): string {
  try {
    return /^model name\s*:\s*(.+)$/m.exec(readFileSync('/proc/cpuinfo', 'utf8'))?.[1]?.trim() ?? 'unknown CPU';
  } catch {
    return os.cpus()[0]?.model.trim() ?? 'unknown CPU';
  }
}

function report(rows: Row[], calibration: Calibration | undefined, multiplier: number, chromiumVersion: string, load: [number, number]): string {
  const problems = overTarget(rows);
  const commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: ROOT, encoding: 'utf8' }).trim();
  const cpus = os.cpus().length;
  return [
    '# Interaction latency on the calibrated phone',
    '',
    '<!-- Generated by `npm run bench:interactions` (scripts/bench-interactions.ts): edit the script, not this file. -->',
    '',
    `- Command: \`npm run bench:interactions${process.argv.length > 2 ? ` -- ${process.argv.slice(2).join(' ')}` : ''}\``,
    `- Date: ${new Date().toISOString().replace(/\.\d+Z$/, 'Z')}; commit ${commit} (working tree)`,
    `- Host: ${cpus} × ${cpuModel()}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB; Node ${process.version}; Chromium ${chromiumVersion}; load average (1 min) at start and end ${load[0].toFixed(1)} and ${load[1].toFixed(1)}${otherWorkAtStart(load[0]) ? ' (**other work competed for the CPU**: the calibration measured a slower host than it is, the input delays include waiting for a CPU; rerun on a quiet host)' : ''}`,
    calibration
      ? `- benchmarkIndex ${calibration.hostIndex.toFixed(0)} (median of ${calibration.runs.length} Lighthouse runs of the static floor at 4×: ${calibration.runs.map((r) => r.benchmarkIndex.toFixed(0)).join(', ')}) ÷ target ${option('target-index', String(TARGET_INDEX))} → **CPU slowdown ${multiplier}×**, the Lighthouse bench's calibration`
      : `- **CPU slowdown ${multiplier}×**, given with \`--cpu\` (not calibrated on this host)`,
    `- Phone: ${PHONE.viewport.width} × ${PHONE.viewport.height}, touch, deviceScaleFactor ${PHONE.deviceScaleFactor}, light colour scheme; the demo built with its test switches (\`vite build --mode e2e\`), served by scripts/serve.ts, its service worker installed; a fresh browser context per run.`,
    "- Input: taps by Playwright's touchscreen (CDP `Input.dispatchTouchEvent`), keys by CDP key events; each tap on a quiet page (after `requestIdleCallback`); the CPU slowed only while the reader taps, not while pages load.",
    `- Latency: Event Timing (\`PerformanceObserver\`, \`event\` with \`durationThreshold: 16\` and \`first-input\`); an interaction's latency is the largest \`duration\` of its entries (the browser rounds it to 8 ms; under 16 ms there is no entry, shown "< 16"); a step with several interactions (typing) reports its worst. ${RUNS} runs.`,
    `- Targets: worst ≤ ${TARGETS.worst} ms, median ≤ ${TARGETS.median} ms.`,
    '',
    interactionsTable(rows),
    '',
    problems.length ? `Over target:\n\n${problems.map((p) => `- ${p}`).join('\n')}` : 'Every interaction met its targets.',
    '',
  ].join('\n');
}

async function main() {
  const loadBefore = os.loadavg()[0] ?? 0;
  if (!flag('no-build')) {
    log(`building the demo with its test switches into ${DIST}`);
    buildDemo(DIST);
  }
  await writePublicationStoryFloor(DIST, 'en');
  const origin = await serveDemo(DIST);
  log(`serving ${DIST} at ${origin}`);

  let calibration: Calibration | undefined;
  let multiplier = Number(GIVEN_CPU);
  if (GIVEN_CPU) {
    if (!(multiplier >= 1)) throw new Error(`--cpu ${GIVEN_CPU}: give a slowdown of 1 or more.`);
  } else {
    const target = Number(option('target-index', String(TARGET_INDEX))) || TARGET_INDEX;
    calibration = await calibrate(`${origin}/${STATIC_FLOOR_PATH}`, target, (run, result) =>
      log(
        result instanceof Error
          ? `calibration #${run}: FAILED ${result.message}`
          : `calibration #${run}: benchmarkIndex ${result.benchmarkIndex.toFixed(0)}`,
      ),
    );
    multiplier = calibration.multiplier;
    log(`benchmarkIndex ${calibration.hostIndex.toFixed(0)} ÷ target ${target} → CPU slowdown ${multiplier}×`);
  }

  const browser = await chromium.launch({ executablePath: resolveChromium(), args: CHROMIUM_FLAGS });
  const rows: Row[] = PLAN.flatMap((visit) => visit.steps).map(({ name }) => ({ name, latencies: [], failures: [] }));
  try {
    for (let run = 1; run <= RUNS; run += 1) {
      const results = await journey(browser, origin, multiplier, run);
      for (const row of rows) {
        const result = results.get(row.name) ?? new Error('not reached');
        if (result instanceof Error) row.failures.push(result.message);
        else row.latencies.push(result.latency);
      }
    }
    const doc = report(rows, calibration, multiplier, browser.version(), [loadBefore, os.loadavg()[0] ?? 0]);
    console.log(`\n${doc}`);
    if (flag('no-docs')) log('--no-docs: docs/performance.md left as it was');
    else {
      writeDocSection(DOC_MARKER, doc.replace(/^# .*\n+/, ''), DOC_HEADING);
      log('wrote its section of docs/performance.md');
    }
  } finally {
    await browser.close();
  }
  if (overTarget(rows).length) process.exitCode = 1;
}

runBench(main);
