// `npm run bench:archive`: the archive with 100,000 stories in Chromium, scrolled through thousands of them; reports
// the largest DOM, the JS heap after scrolling and the time to show the next page, as medians of several runs.
// Usage: tsx scripts/bench-archive.ts [--no-build] [--runs 5] [--items 5000] [--no-docs]
// It builds the demo with its test switches (`vite build --mode e2e`, as `npm run build:e2e` does), which it sets
// by cookie; the public demo has none. With --no-build, LEDE_DIST must name such a build.
import { execFileSync, spawn } from 'node:child_process';
import { cpus, loadavg, release, totalmem, type as osType } from 'node:os';
import { chromium, type Browser } from '@playwright/test';
import { CHROMIUM_FLAGS, resolveChromium } from '../e2e/chromium';
import { freePort } from '../e2e/ports';
import { flag, median, option } from './bench/cli';
import { writeDocSection } from './bench/docs';
import { waitForHttp } from './bench/processes';
import { TEST_SWITCH_COOKIES } from '../mocks/test-switches';

const RUNS = Number(option('runs', '5'));
const ITEMS = Number(option('items', '5000'));
const ARCHIVE_SIZE = 100_000;
const DIST = process.env.LEDE_DIST ?? 'dist-bench-archive';
const DOC = 'docs/performance.md';

interface Run {
  maxNodes: number;
  heapMb: number;
  loadMoreMs: number;
  scrollPageMs: number;
  pages: number;
  shown: number;
}

/** In the page: note when each archive page request starts, and when its stories reach the DOM. */
function instrument() {
  const marks = { requests: [] as number[], shown: [] as Array<{ at: number; count: number }> };
  (window as unknown as { archiveMarks: typeof marks }).archiveMarks = marks;
  const realFetch = window.fetch.bind(window);
  window.fetch = (input, init) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    if (url.includes('/api/archive') && url.includes('cursor=')) marks.requests.push(performance.now());
    return realFetch(input, init);
  };
  new MutationObserver(() => {
    const text = document.querySelector('.story-feed__footer [role="status"]')?.textContent ?? '';
    const count = Number(/(\d+) stories shown/.exec(text)?.[1] ?? 0);
    if (count > (marks.shown.at(-1)?.count ?? 0)) marks.shown.push({ at: performance.now(), count });
  }).observe(document, { subtree: true, childList: true, characterData: true });
}

async function measure(browser: Browser, baseURL: string): Promise<Run> {
  const context = await browser.newContext({ baseURL, viewport: { width: 1440, height: 900 }, serviceWorkers: 'allow' });
  await context.addCookies([{ name: TEST_SWITCH_COOKIES.archiveSize, value: String(ARCHIVE_SIZE), domain: '127.0.0.1', path: '/' }]);
  const page = await context.newPage();
  await page.addInitScript(instrument);
  await page.goto('/archive');
  // Measure the installed app: the service worker answers /api, as on every visit after the first.
  await page.waitForFunction(() => navigator.serviceWorker.controller?.state === 'activated', null, { timeout: 30_000 });
  await page.reload();
  await page.locator('.story-feed article').first().waitFor();

  const sample = () => page.evaluate(() => document.getElementsByTagName('*').length);
  const marks = () =>
    page.evaluate(() => (window as unknown as { archiveMarks: { requests: number[]; shown: Array<{ at: number; count: number }> } }).archiveMarks);
  let maxNodes = await sample();

  // "Load more": from the click to the new stories in the DOM.
  const clickedAt = await page.getByRole('button', { name: 'Load more stories' }).evaluate((button) => {
    const at = performance.now();
    (button as HTMLButtonElement).click();
    return at;
  });
  await page.waitForFunction(() => /^100 stories/.test(document.querySelector('.story-feed__footer [role="status"]')?.textContent ?? ''));
  const loadMoreMs = (await marks()).shown.find((mark) => mark.count >= 100)!.at - clickedAt;

  // Then scroll like a reader flicking through, sampling the DOM size as the window moves.
  let shown = 100;
  for (let step = 0; shown < ITEMS && step < 5000; step += 1) {
    await page.mouse.wheel(0, 3000);
    await page.waitForTimeout(30);
    maxNodes = Math.max(maxNodes, await sample());
    shown = (await marks()).shown.at(-1)?.count ?? shown;
  }
  const { requests, shown: shownMarks } = await marks();
  // Each scroll-triggered request pairs with the first DOM update after it that shows more stories.
  const waits = requests.slice(1).flatMap((start) => {
    const done = shownMarks.find((mark) => mark.at > start);
    return done ? [done.at - start] : [];
  });

  const cdp = await context.newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  const heap = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
  await context.close();
  return { maxNodes, heapMb: heap.usedSize / 2 ** 20, loadMoreMs, scrollPageMs: median(waits), pages: requests.length + 1, shown };
}

function archiveSection(runs: Run[], chromiumVersion: string, load: [number, number]): string {
  const cpu = cpus();
  const lines = [
    `- Date: ${new Date().toISOString().replace(/\.\d{3}Z$/, 'Z')}`,
    `- Machine: ${osType()} ${release()} (${process.arch}), ${cpu.length} × ${cpu[0]?.model.trim() ?? 'CPU'}, ${(totalmem() / 2 ** 30).toFixed(1)} GiB RAM`,
    `- Node ${process.version}, Chromium ${chromiumVersion}; load average (1 min) at start and end: ${load[0].toFixed(1)} and ${load[1].toFixed(1)} on ${cpu.length} CPUs`,
    `- Demo build with its test switches (\`vite build --mode e2e\`, as \`npm run build:e2e\`), archive of ${ARCHIVE_SIZE.toLocaleString('en-GB')} stories (test switch \`${TEST_SWITCH_COOKIES.archiveSize}\`), 50 per page, viewport 1440 × 900, service worker answering /api; ${runs.length} runs, each scrolling through at least ${ITEMS.toLocaleString('en-GB')} stories.`,
    '',
    '| metric | median | runs |',
    '|---|---|---|',
    `| max DOM elements while scrolling | ${median(runs.map((run) => run.maxNodes))} | ${runs.map((run) => run.maxNodes).join(', ')} |`,
    `| JS heap after scrolling (after GC) | ${median(runs.map((run) => run.heapMb)).toFixed(1)} MB | ${runs.map((run) => run.heapMb.toFixed(1)).join(', ')} |`,
    `| "Load more" click → new stories in the DOM | ${median(runs.map((run) => run.loadMoreMs)).toFixed(0)} ms | ${runs.map((run) => run.loadMoreMs.toFixed(0)).join(', ')} |`,
    `| scroll-triggered page request → new stories in the DOM (median per run) | ${median(runs.map((run) => run.scrollPageMs)).toFixed(0)} ms | ${runs.map((run) => run.scrollPageMs.toFixed(0)).join(', ')} |`,
    `| stories loaded / pages | ${median(runs.map((run) => run.shown))} / ${median(runs.map((run) => run.pages))} | |`,
  ];
  return lines.join('\n');
}

async function main() {
  if (!flag('no-build')) {
    console.log(`Building the demo with its test switches into ${DIST}…`);
    const env = { ...process.env, LEDE_OUT_DIR: DIST, VITE_API_BASE_URL: '' };
    execFileSync('npx', ['vite', 'build', '--mode', 'e2e'], { stdio: 'inherit', env });
  }
  const port = await freePort();
  const server = spawn('npx', ['tsx', 'scripts/serve.ts', '--dir', DIST, '--port', String(port)], { stdio: 'ignore', detached: true });
  const baseURL = `http://127.0.0.1:${port}`;
  const startLoad = loadavg()[0]!;
  try {
    await waitForHttp(`${baseURL}/`);
    const browser = await chromium.launch({ executablePath: resolveChromium(), args: CHROMIUM_FLAGS });
    const runs: Run[] = [];
    try {
      for (let run = 1; run <= RUNS; run += 1) {
        const result = await measure(browser, baseURL);
        console.log(
          `run ${run}: ${JSON.stringify({ ...result, heapMb: Number(result.heapMb.toFixed(1)), loadMoreMs: Math.round(result.loadMoreMs), scrollPageMs: Math.round(result.scrollPageMs) })}`,
        );
        runs.push(result);
      }
      const version = browser.version();
      const section = archiveSection(runs, version, [startLoad, loadavg()[0]!]);
      console.log(`\n${section}`);
      if (!flag('no-docs')) {
        writeDocSection('archive', section, '## News archive at 100,000 stories (`npm run bench:archive`)');
        console.log(`\nWritten to ${DOC}.`);
      }
    } finally {
      await browser.close();
    }
  } finally {
    if (server.pid) process.kill(-server.pid, 'SIGTERM');
  }
}

await main();
