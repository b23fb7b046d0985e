// `npm run bench:lighthouse`: Lighthouse (mobile, simulated throttling, performance only) on the live app, the demo
// and the static floor, N runs each; prints the medians and writes them into docs/performance.md.
// Usage: tsx scripts/bench-lighthouse.ts [--no-build] [--runs 5] [--pages story,front,archive] [--no-docs]
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import os from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from '@playwright/test';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { CHROMIUM_FLAGS, resolveChromium } from '../e2e/chromium';
import { freePort } from '../e2e/ports';
import { STATIC_FLOOR_PATH, writeStaticFloor } from './static-floor';

const ROOT = resolve(import.meta.dirname, '..');
const LIVE_DIR = join(ROOT, 'dist-live');
const DEMO_DIR = join(ROOT, 'dist-demo');
const DOC = join(ROOT, 'docs', 'performance.md');
const START = '<!-- lighthouse:start -->';
const END = '<!-- lighthouse:end -->';

const PAGE_PATHS: Record<string, string> = {
  story: '/story/harbour-bridge-reopens',
  front: '/',
  archive: '/archive',
};

/** The peer the issue compares against, measured the same way once (the script does not re-run it: it is a remote site). */
const SIMORGH_REFERENCE =
  "Reference (issue 4, measured the same way, not re-run here): BBC Simorgh's article page, Performance 80, LCP 3.6 s, TBT 165 ms, 347 KiB of JS.";

// ---- arguments -------------------------------------------------------------------------------------------------
const argv = process.argv.slice(2);
const flag = (name: string) => argv.includes(`--${name}`);
function option(name: string, fallback: string): string {
  const index = argv.indexOf(`--${name}`);
  return index > -1 && argv[index + 1] ? (argv[index + 1] as string) : fallback;
}
const RUNS = Math.max(1, Number(option('runs', '5')) || 5);
const PAGES = option('pages', 'story,front,archive')
  .split(',')
  .map((page) => page.trim())
  .filter(Boolean);
for (const page of PAGES) {
  if (!PAGE_PATHS[page]) throw new Error(`Unknown page "${page}"; known: ${Object.keys(PAGE_PATHS).join(', ')}.`);
}

// ---- processes -----------------------------------------------------------------------------------------------
const children: ChildProcess[] = [];
let stopping = false;
const t0 = Date.now();
const elapsed = () => `${((Date.now() - t0) / 1000).toFixed(0)}s`;
const log = (message: string) => console.log(`[${elapsed().padStart(4)}] ${message}`);

const running = (child: ChildProcess) => child.exitCode === null && child.signalCode === null;

/** SIGTERM to every server this script started, then SIGKILL to any still running after a grace period. */
async function stopAll(graceMs = 3000) {
  const mine = children.splice(0).filter(running);
  for (const child of mine) child.kill('SIGTERM');
  const deadline = Date.now() + graceMs;
  while (mine.some(running) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
  for (const child of mine.filter(running)) child.kill('SIGKILL');
}
// Last resort if the script dies some other way: no grace period is possible in an 'exit' handler.
process.on('exit', () => {
  for (const child of children.filter(running)) child.kill('SIGKILL');
});
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    stopping = true;
    void stopAll().finally(() => process.exit(130));
  });
}

function isFree(port: number): Promise<boolean> {
  return new Promise((done) => {
    const server = createServer();
    server.once('error', () => done(false));
    server.listen(port, '127.0.0.1', () => server.close(() => done(true)));
  });
}

/** Runs a TypeScript script in its own Node process (node --import tsx, so the pid is the server itself). */
function startScript(script: string, args: string[], env: Record<string, string> = {}): ChildProcess {
  const child = spawn(process.execPath, ['--import', 'tsx', script, ...args], {
    cwd: ROOT,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.push(child);
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  child.on('exit', (code) => {
    if (code && code !== 0 && !stopping) console.error(`${script} exited with ${code}:\n${stderr}`);
  });
  return child;
}
async function waitForHttp(url: string, timeoutMs = 20_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      const response = await fetch(url);
      if (response.status < 500) return;
    } catch {
      // not up yet
    }
    if (Date.now() > deadline) throw new Error(`${url} did not answer within ${timeoutMs / 1000}s.`);
    await new Promise((r) => setTimeout(r, 150));
  }
}

/** Builds into outDir; with no apiBase the demo (any VITE_API_BASE_URL from the shell is dropped). */
function build(outDir: string, apiBase?: string) {
  const env: NodeJS.ProcessEnv = { ...process.env, LEDE_OUT_DIR: outDir };
  if (apiBase) env.VITE_API_BASE_URL = apiBase;
  else delete env.VITE_API_BASE_URL;
  execFileSync(join(ROOT, 'node_modules', '.bin', 'vite'), ['build', '--logLevel', 'warn'], {
    cwd: ROOT,
    env,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
}

// ---- measuring -------------------------------------------------------------------------------------------------
interface RunMetrics {
  /** The LCP element as Lighthouse labels it (e.g. `img.figure__image`), for reading the numbers. */
  lcpElement?: string;
  score: number;
  fcp: number;
  lcp: number;
  tbt: number;
  cls: number;
  si: number;
  jsKiB: number;
}
type Metric = Exclude<keyof RunMetrics, 'lcpElement'>;
const METRICS: Metric[] = ['score', 'fcp', 'lcp', 'tbt', 'cls', 'si', 'jsKiB'];

interface Target {
  label: string;
  url: string;
}

const chromePath = resolveChromium() ?? chromium.executablePath();
const chromeFlags = [...CHROMIUM_FLAGS, '--headless=new'];

/** The page's <h1> text once the app has rendered, or null if none appears. */
async function probeHeading(url: string): Promise<string | null> {
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

let lighthouseVersion = '';
let benchmarkIndex: number[] = [];

/** The first DOM node's selector (its last step) in an audit's details, e.g. the LCP element in `lcp-breakdown-insight`. */
function lcpElementOf(details: unknown): string | undefined {
  if (!details || typeof details !== 'object') return undefined;
  const record = details as Record<string, unknown>;
  if (record.type === 'node') return String(record.selector ?? record.nodeLabel ?? '').split(' > ').pop() || undefined;
  for (const value of Object.values(record)) {
    const nested = Array.isArray(value) ? value : [value];
    for (const child of nested) {
      const found = lcpElementOf(child);
      if (found) return found;
    }
  }
  return undefined;
}

async function lighthouseOnce(url: string): Promise<RunMetrics> {
  // A fresh Chrome with a fresh temporary profile for every run (chrome-launcher's default userDataDir).
  const chrome = await chromeLauncher.launch({ chromePath, chromeFlags, logLevel: 'silent' });
  try {
    const result = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance'] });
    if (!result) throw new Error('Lighthouse returned no result');
    const { lhr } = result;
    if (lhr.runtimeError) throw new Error(`${lhr.runtimeError.code}: ${lhr.runtimeError.message}`);
    lighthouseVersion = lhr.lighthouseVersion;
    if (typeof lhr.environment.benchmarkIndex === 'number') benchmarkIndex.push(lhr.environment.benchmarkIndex);
    const numeric = (id: string) => {
      const value = lhr.audits[id]?.numericValue;
      if (typeof value !== 'number') throw new Error(`Lighthouse audit ${id} has no value (${lhr.audits[id]?.errorMessage ?? 'missing'})`);
      return value;
    };
    const requests = (lhr.audits['network-requests']?.details as { items?: Array<{ resourceType?: string; transferSize?: number }> } | undefined)?.items ?? [];
    const jsBytes = requests.filter((r) => r.resourceType === 'Script').reduce((sum, r) => sum + (r.transferSize ?? 0), 0);
    const score = lhr.categories.performance?.score;
    return {
      lcpElement: lcpElementOf(lhr.audits['lcp-breakdown-insight']?.details ?? lhr.audits['largest-contentful-paint-element']?.details),
      score: typeof score === 'number' ? score * 100 : Number.NaN,
      fcp: numeric('first-contentful-paint'),
      lcp: numeric('largest-contentful-paint'),
      tbt: numeric('total-blocking-time'),
      cls: numeric('cumulative-layout-shift'),
      si: numeric('speed-index'),
      jsKiB: jsBytes / 1024,
    };
  } finally {
    chrome.kill();
  }
}

function median(values: number[]): number {
  const sorted = values.filter((v) => Number.isFinite(v)).sort((a, b) => a - b);
  if (sorted.length === 0) return Number.NaN;
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

// ---- reporting -------------------------------------------------------------------------------------------------
interface Row {
  lcpElements: string[];
  label: string;
  url: string;
  runs: number;
  failed: number;
  median: RunMetrics;
}

const fmt = {
  score: (v: number) => v.toFixed(0),
  fcp: (v: number) => `${(v / 1000).toFixed(2)} s`,
  lcp: (v: number) => `${(v / 1000).toFixed(2)} s`,
  tbt: (v: number) => `${v.toFixed(0)} ms`,
  cls: (v: number) => v.toFixed(3),
  si: (v: number) => `${(v / 1000).toFixed(2)} s`,
  jsKiB: (v: number) => v.toFixed(1),
} satisfies Record<Metric, (v: number) => string>;
const show = (metric: Metric, v: number) => (Number.isFinite(v) ? fmt[metric](v) : '—');

function markdownTable(rows: Row[]): string {
  const header = '| page | runs | Perf | FCP | LCP | TBT | CLS | Speed Index | JS transferred (KiB) |\n|---|---|---|---|---|---|---|---|---|';
  const lines = rows.map(
    (row) =>
      `| ${row.label} | ${row.runs - row.failed}${row.failed ? ` (${row.failed} failed)` : ''} | ${METRICS.map((m) => show(m, row.median[m])).join(' | ')} |`,
  );
  return [header, ...lines].join('\n');
}

function consoleTable(rows: Row[]): string {
  const head = ['page', 'ok', 'Perf', 'FCP', 'LCP', 'TBT', 'CLS', 'SI', 'JS KiB'];
  const body = rows.map((row) => [row.label, `${row.runs - row.failed}/${row.runs}`, ...METRICS.map((m) => show(m, row.median[m]))]);
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((r) => (r[i] as string).length)));
  const line = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i] as number) : c.padStart(widths[i] as number))).join('  ');
  return [line(head), ...body.map(line)].join('\n');
}

function chromiumVersion(): string {
  try {
    return execFileSync(chromePath, ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return 'unknown';
  }
}

const INTRO = `# Performance

What readers pay for a story page, measured with Lighthouse the same way every time, so changes can be compared.

## What is measured
\`npm run bench:lighthouse\` (\`scripts/bench-lighthouse.ts\`) builds the **live** app (reading a real HTTP content API,
\`npm run api\`, serving the fixtures) into \`dist-live/\` and the **demo** (MSW in the browser) into \`dist-demo/\`, serves
both with the production-like static server (\`scripts/serve.ts\`: gzip/brotli, SPA fallback), and runs Lighthouse on
each page: mobile emulation with simulated throttling (Lighthouse's default config), Performance category only,
5 runs per page, each in a fresh Chromium with a fresh profile. The table shows the **median of each metric** over the
runs. "JS transferred" sums the \`transferSize\` of every Script request in the \`network-requests\` audit.

The **static floor** (\`scripts/static-floor.ts\`) is the same story as plain HTML with no JavaScript: the same built
stylesheet, hero image (same \`srcset\`, \`sizes\`, \`width\`/\`height\`, \`fetchpriority\`), header, update banners and
body, with the app's class names. It is the best a browser can do with this content and CSS, so the live story's LCP is
reported as a ratio to it.

Options: \`--no-build\` (reuse \`dist-live/\` and \`dist-demo/\`), \`--runs N\`, \`--pages story,front,archive\`,
\`--no-docs\` (print only). Pages whose route is not built yet (the app shows "Page not found") are skipped.
The JS budget per route is checked separately by \`npm run budget\` (see \`budget.json\`).

## Targets (story page)
| metric | target |
|---|---|
| Performance score | ≥ 98 |
| LCP | ≤ 1.2 s, and ≤ 1.25 × the static floor's LCP |
| TBT | ≤ 50 ms |
| CLS | 0 |
| story JS | ≤ 90 KiB gzip |

Reference: the BBC's Simorgh article page, measured the same way (mobile, simulated throttling): Performance 80,
LCP 3.6 s, TBT 165 ms, 347 KiB of JS.

Simulated throttling estimates timings from a trace recorded on this machine, so results still move with machine
speed; compare runs from the same machine (its CPU and Lighthouse's \`benchmarkIndex\` are recorded below).

## Latest results
`;

function writeDoc(section: string) {
  const block = `${START}\n${section}\n${END}`;
  let doc = existsSync(DOC) ? readFileSync(DOC, 'utf8') : `${INTRO}\n${START}\n${END}\n`;
  const start = doc.indexOf(START);
  const end = doc.indexOf(END);
  if (start === -1 || end === -1 || end < start) doc = `${doc.trimEnd()}\n\n${block}\n`;
  else doc = doc.slice(0, start) + block + doc.slice(end + END.length);
  writeFileSync(DOC, doc);
}

// ---- main ------------------------------------------------------------------------------------------------------
async function main() {
  const noBuild = flag('no-build');
  // The live build calls the API on a fixed origin (npm run build:live bakes the same one), so the port is not negotiable.
  const apiPort = Number(process.env.LEDE_API_PORT ?? 8787);
  const apiBase = `http://127.0.0.1:${apiPort}/api`;
  if (noBuild) {
    for (const dir of [LIVE_DIR, DEMO_DIR]) {
      if (!existsSync(join(dir, 'index.html'))) throw new Error(`--no-build, but ${dir} has no build: run without --no-build first.`);
    }
    log('--no-build: using the existing dist-live/ and dist-demo/');
  } else {
    log(`building live app into dist-live/ (VITE_API_BASE_URL=${apiBase})`);
    build(LIVE_DIR, apiBase);
    log('building demo into dist-demo/');
    build(DEMO_DIR);
  }
  const floorFile = writeStaticFloor(LIVE_DIR);
  log(`static floor written to ${floorFile}`);

  const livePort = await freePort();
  const demoPort = await freePort();
  if (await isFree(apiPort)) {
    startScript('scripts/api-server.ts', [], { LEDE_API_PORT: String(apiPort), LEDE_API_HOST: '127.0.0.1' });
  } else {
    // Something already listens there; reuse it only if it is the Lede fixtures API (someone's `npm run api`).
    const probe = await fetch(`${apiBase}/stories/harbour-bridge-reopens`).catch(() => null);
    if (!probe?.ok) throw new Error(`Port ${apiPort} is in use by something that is not the Lede content API; free it (or set LEDE_API_PORT and rebuild).`);
    log(`port ${apiPort} already serves the Lede content API: reusing it`);
  }
  startScript('scripts/serve.ts', ['--dir', LIVE_DIR, '--port', String(livePort)]);
  startScript('scripts/serve.ts', ['--dir', DEMO_DIR, '--port', String(demoPort)]);
  const live = `http://127.0.0.1:${livePort}`;
  const demo = `http://127.0.0.1:${demoPort}`;
  await Promise.all([
    waitForHttp(`${apiBase}/`),
    waitForHttp(`${live}/`),
    waitForHttp(`${demo}/`),
  ]);
  log(`API on :${apiPort}, live on ${live}, demo on ${demo}`);

  const targets: Target[] = [];
  const notes: string[] = [];
  for (const [mode, origin] of [
    ['live', live],
    ['demo', demo],
  ] as const) {
    for (const page of PAGES) {
      const url = origin + (PAGE_PATHS[page] as string);
      if (page === 'archive') {
        const heading = await probeHeading(url);
        if (heading === null || /not found/i.test(heading)) {
          const note = `${mode} archive: route not built yet (${heading === null ? 'no heading rendered' : `the page says "${heading}"`})`;
          console.log(note);
          notes.push(note);
          continue;
        }
      }
      targets.push({ label: `${mode} ${page}`, url });
    }
  }
  if (PAGES.includes('story')) targets.push({ label: 'static floor story', url: `${live}/${STATIC_FLOOR_PATH}` });

  const loadBefore = os.loadavg()[0] ?? 0;
  const rows: Row[] = [];
  const total = targets.length * RUNS;
  let done = 0;
  for (const target of targets) {
    const runs: RunMetrics[] = [];
    let failed = 0;
    for (let run = 1; run <= RUNS; run += 1) {
      done += 1;
      const started = Date.now();
      try {
        const metrics = await lighthouseOnce(target.url);
        runs.push(metrics);
        log(
          `${String(done).padStart(2)}/${total} ${target.label} #${run}: Perf ${fmt.score(metrics.score)}, LCP ${fmt.lcp(metrics.lcp)}, TBT ${fmt.tbt(
            metrics.tbt,
          )}, CLS ${fmt.cls(metrics.cls)}, JS ${fmt.jsKiB(metrics.jsKiB)} KiB (${((Date.now() - started) / 1000).toFixed(1)}s)`,
        );
      } catch (error) {
        failed += 1;
        log(`${String(done).padStart(2)}/${total} ${target.label} #${run}: FAILED ${error instanceof Error ? error.message : String(error)}`);
      }
    }
    const med = Object.fromEntries(METRICS.map((m) => [m, median(runs.map((r) => r[m]))])) as unknown as RunMetrics;
    const lcpElements = [...new Set(runs.map((r) => r.lcpElement ?? 'unknown'))];
    rows.push({ label: target.label, url: target.url, runs: RUNS, failed, median: med, lcpElements });
  }

  const liveStory = rows.find((r) => r.label === 'live story');
  const floor = rows.find((r) => r.label === 'static floor story');
  const ratio = liveStory && floor ? liveStory.median.lcp / floor.median.lcp : Number.NaN;
  const ratioLine = Number.isFinite(ratio)
    ? `Live story LCP ÷ static floor LCP: **${ratio.toFixed(2)}** (${fmt.lcp(liveStory?.median.lcp ?? Number.NaN)} ÷ ${fmt.lcp(floor?.median.lcp ?? Number.NaN)}; target ≤ 1.25).`
    : 'Live story LCP ÷ static floor LCP: not measured.';

  console.log(`\nMedians of ${RUNS} Lighthouse runs (mobile, simulated throttling):\n`);
  console.log(consoleTable(rows));
  console.log(`\n${ratioLine.replace(/\*\*/g, '')}`);
  for (const note of notes) console.log(`Note: ${note}`);

  const loadAfter = os.loadavg()[0] ?? 0;
  console.log(SIMORGH_REFERENCE);
  const lcpLine = `LCP element: ${rows.map((row) => `${row.label} \`${row.lcpElements.join('`, `')}\``).join('; ')}.`;
  console.log(lcpLine.replace(/`/g, ''));
  const cpus = os.cpus();
  const machine = [
    `- Date: ${new Date().toISOString().replace(/\.\d+Z$/, 'Z')}`,
    `- Machine: ${os.type()} ${os.release()} (${os.arch()}), ${cpus.length} × ${cpus[0]?.model.trim() ?? 'unknown CPU'}, ${(os.totalmem() / 2 ** 30).toFixed(1)} GiB RAM`,
    `- Node ${process.version}, ${chromiumVersion()}, Lighthouse ${lighthouseVersion || 'unknown'}, benchmarkIndex median ${
      benchmarkIndex.length ? median(benchmarkIndex).toFixed(0) : 'unknown'
    }`,
    `- Load average (1 min) when the runs started and ended: ${loadBefore.toFixed(1)} and ${loadAfter.toFixed(1)} on ${cpus.length} CPUs` +
      (Math.max(loadBefore, loadAfter) > cpus.length ? ' (other work was competing for the CPU, which inflates TBT and LCP).' : '.'),
    `- Medians of ${RUNS} runs per page (each metric separately); mobile, simulated throttling, Performance only.`,
  ];
  const section = [
    ...machine,
    '',
    markdownTable(rows),
    '',
    ratioLine,
    '',
    SIMORGH_REFERENCE,
    '',
    lcpLine,
    ...(notes.length ? ['', ...notes.map((note) => `- ${note}`)] : []),
  ].join('\n');
  if (flag('no-docs')) log('--no-docs: docs/performance.md left as it was');
  else {
    writeDoc(section);
    log(`wrote the results into ${DOC}`);
  }
  if (rows.some((row) => row.failed === row.runs)) process.exitCode = 1;
}

main()
  .catch((error: unknown) => {
    console.error(error instanceof Error ? (error.stack ?? error.message) : error);
    process.exitCode = 1;
  })
  .finally(async () => {
    stopping = true;
    await stopAll();
    log('done');
  });
