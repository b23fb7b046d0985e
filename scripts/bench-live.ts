// `npm run bench:live`: a live page of 1,000 posts in Chromium: the time from a poll's answer to the "N new posts"
// button, then "Show older posts" through hundreds of posts; reports the largest DOM, the most posts in the DOM and
// the JS heap, as medians of several runs, into docs/performance.md (its own section).
// Usage: tsx scripts/bench-live.ts [--no-build] [--runs 5] [--pages 30] [--no-docs]
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
import { GENERATED_LIVE_SLUG } from '../mocks/fixtures/live-generator';
import { TEST_SWITCH_COOKIES } from '../mocks/test-switches';

const RUNS = Number(option('runs', '5'));
const PAGES = Number(option('pages', '30'));
const SIZE = 1_000;
const DIST = process.env.LEDE_DIST ?? 'dist-bench-live';
const DOC = 'docs/performance.md';

interface Run {
  answerToButtonMs: number;
  maxNodes: number;
  maxPosts: number;
  heapMb: number;
  loaded: number;
}

/** In the page: note when each poll's answer reaches the app, and when the "new posts" button appears. */
function instrument() {
  const marks = { answers: [] as number[], button: [] as number[] };
  (window as unknown as { liveMarks: typeof marks }).liveMarks = marks;
  const realFetch = window.fetch.bind(window);
  window.fetch = async (input, init) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    const response = await realFetch(input, init);
    if (url.includes('/posts?after=')) marks.answers.push(performance.now());
    return response;
  };
  new MutationObserver(() => {
    if (marks.button.length === 0 && document.querySelector('.new-posts__button')) marks.button.push(performance.now());
  }).observe(document, { subtree: true, childList: true });
}

async function measure(browser: Browser, baseURL: string): Promise<Run> {
  const context = await browser.newContext({ baseURL, viewport: { width: 1440, height: 900 }, serviceWorkers: 'allow' });
  const setMinute = (minute: number) =>
    context.addCookies([{ name: TEST_SWITCH_COOKIES.liveMinute, value: String(minute), domain: '127.0.0.1', path: '/' }]);
  await context.addCookies([{ name: TEST_SWITCH_COOKIES.liveSize, value: String(SIZE), domain: '127.0.0.1', path: '/' }]);
  await setMinute(0);
  const page = await context.newPage();
  await page.addInitScript(instrument);
  await page.goto(`/story/${GENERATED_LIVE_SLUG}`);
  // Measure the installed app: the service worker answers /api, as on every visit after the first.
  await page.waitForFunction(() => navigator.serviceWorker.controller?.state === 'activated', null, { timeout: 30_000 });
  await page.reload();
  await page.locator('.live-posts__list article').first().waitFor();

  // The reader is down the posts; a post arrives; the poll runs at once (the tab "comes back").
  await page
    .locator('.live-posts__list article')
    .nth(10)
    .evaluate((element) => element.scrollIntoView({ block: 'center' }));
  await setMinute(2);
  await page.evaluate(() => document.dispatchEvent(new Event('visibilitychange')));
  await page.locator('.new-posts__button').waitFor();
  const marks = await page.evaluate(() => (window as unknown as { liveMarks: { answers: number[]; button: number[] } }).liveMarks);
  const answerToButtonMs = marks.button[0]! - marks.answers.at(-1)!;

  const sample = () =>
    page.evaluate(() => ({ nodes: document.getElementsByTagName('*').length, posts: document.querySelectorAll('.live-posts__list article').length }));
  let { nodes: maxNodes, posts: maxPosts } = await sample();
  const more = page.getByRole('button', { name: 'Show older posts' });
  for (let step = 0; step < PAGES && (await more.count()) > 0; step += 1) {
    await more.click();
    await page.waitForFunction(() => !document.querySelector('.live-posts__more[aria-disabled="true"]'));
    const now = await sample();
    maxNodes = Math.max(maxNodes, now.nodes);
    maxPosts = Math.max(maxPosts, now.posts);
  }
  const last = await page.locator('.live-posts__list article').last().getAttribute('id');
  const loaded = SIZE - Number(/gen-(\d+)/.exec(last ?? '')?.[1] ?? SIZE);

  const cdp = await context.newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  const heap = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
  await context.close();
  return { answerToButtonMs, maxNodes, maxPosts, heapMb: heap.usedSize / 2 ** 20, loaded };
}

function liveSection(runs: Run[], chromiumVersion: string, load: [number, number]): string {
  const cpu = cpus();
  const column = (pick: (run: Run) => number, digits = 0) => runs.map((run) => pick(run).toFixed(digits)).join(', ');
  const lines = [
    `- Date: ${new Date().toISOString().replace(/\.\d{3}Z$/, 'Z')}`,
    `- Machine: ${osType()} ${release()} (${process.arch}), ${cpu.length} × ${cpu[0]?.model.trim() ?? 'CPU'}, ${(totalmem() / 2 ** 30).toFixed(1)} GiB RAM`,
    `- Node ${process.version}, Chromium ${chromiumVersion}; load average (1 min) at start and end: ${load[0].toFixed(1)} and ${load[1].toFixed(1)} on ${cpu.length} CPUs`,
    `- Demo build with its test switches (\`vite build --mode e2e\`, as \`npm run build:e2e\`), \`/story/${GENERATED_LIVE_SLUG}\` with ${SIZE.toLocaleString('en-GB')} posts (test switch \`${TEST_SWITCH_COOKIES.liveSize}\`), viewport 1440 × 900, service worker answering /api; ${runs.length} runs, each: one poll bringing a post while the reader is down the page, then up to ${PAGES} clicks on "Show older posts" (20 posts each).`,
    '',
    '| metric | median | runs |',
    '|---|---|---|',
    `| poll's answer → "N new posts" button in the DOM | ${median(runs.map((run) => run.answerToButtonMs)).toFixed(0)} ms | ${column((run) => run.answerToButtonMs)} |`,
    `| max DOM elements while paging | ${median(runs.map((run) => run.maxNodes))} | ${column((run) => run.maxNodes)} |`,
    `| max posts in the DOM (window bound: 60) | ${median(runs.map((run) => run.maxPosts))} | ${column((run) => run.maxPosts)} |`,
    `| JS heap after paging (after GC) | ${median(runs.map((run) => run.heapMb)).toFixed(1)} MB | ${column((run) => run.heapMb, 1)} |`,
    `| posts loaded by the end | ${median(runs.map((run) => run.loaded))} | ${column((run) => run.loaded)} |`,
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
          `run ${run}: ${JSON.stringify({ ...result, heapMb: Number(result.heapMb.toFixed(1)), answerToButtonMs: Math.round(result.answerToButtonMs) })}`,
        );
        runs.push(result);
      }
      const section = liveSection(runs, browser.version(), [startLoad, loadavg()[0]!]);
      console.log(`\n${section}`);
      if (!flag('no-docs')) {
        writeDocSection('live', section, '## Live coverage at 1,000 posts (`npm run bench:live`)');
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
