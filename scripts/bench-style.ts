// `npm run bench:style`: where the story page's main-thread time goes in style, layout, paint, script and parsing, for
// the static floor and the HTTP-API build alike, from Chrome traces of throttled loads; stylesheet variants side by side.
// Usage: tsx scripts/bench-style.ts [--no-build] [--runs 5] [--cpu 4] [--pages floor,story,front]
//        [--variants base,fonts-generic,…] [--port 4311 (static server; API: LEDE_API_PORT, default 8811)]
//        [--no-selectors] [--keep-traces (writes dist-style/traces/*.json)]
import { mkdirSync, readFileSync, existsSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type Browser } from '@playwright/test';
import { CHROMIUM_FLAGS, resolveChromium } from '../e2e/chromium';
import { freePort } from '../e2e/ports';
import { build } from './bench/build-ref';
import { flag, median, option } from './bench/cli';
import { isFree, log, runBench, startScript, waitForHttp } from './bench/processes';
import { BUCKETS, profileTrace, selectorCosts, type MainThreadProfile, type SelectorCost, type TraceEvent } from './bench/trace';
import { VARIANTS, writeVariantDir } from './bench/style-variants';
import { STATIC_FLOOR_PATH, writePublicationStoryFloor } from './bench/floor-pages';

const ROOT = resolve(import.meta.dirname, '..');
const OUT = join(ROOT, 'dist-style');
const PAGE_PATHS: Record<string, string> = { floor: `/${STATIC_FLOOR_PATH}`, story: '/story/harbour-bridge-reopens', front: '/' };
/** What each page shows once it is complete (the app renders the end of a long story in a deferred render). */
const READY: Record<string, string> = { floor: '.story-body', story: '.story-body', front: '.story-card' };
const CATEGORIES = ['toplevel', 'devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8.execute', 'blink.user_timing'];
/** Lighthouse's mobile screen (Moto G Power): the same layout width as the Lighthouse bench. */
const MOBILE = { viewport: { width: 412, height: 823 }, deviceScaleFactor: 1.75, isMobile: true, hasTouch: true };

const list = (value: string) =>
  value
    .split(',')
    .map((item) => item.trim())
    .filter(Boolean);
const RUNS = Math.max(1, Number(option('runs', '5')) || 5);
const CPU = Math.max(1, Number(option('cpu', '4')) || 4);
const PAGES = list(option('pages', 'floor,story,front'));
const VARIANT_NAMES = list(option('variants', 'base'));
for (const page of PAGES) if (!PAGE_PATHS[page]) throw new Error(`Unknown page "${page}"; known: ${Object.keys(PAGE_PATHS).join(', ')}.`);
for (const name of VARIANT_NAMES) if (!VARIANTS[name]) throw new Error(`Unknown variant "${name}"; known: ${Object.keys(VARIANTS).join(', ')}.`);

interface Sample {
  profile: MainThreadProfile;
  elements: number;
}

/** One load of url in a fresh browser (cold font and style caches), CPU-throttled and traced. */
async function loadOnce(url: string, ready: string, categories: string[]): Promise<{ sample: Sample; events: TraceEvent[] }> {
  const executablePath = resolveChromium();
  const browser: Browser = await chromium.launch({ executablePath, args: CHROMIUM_FLAGS });
  try {
    const context = await browser.newContext(MOBILE);
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU });
    await browser.startTracing(page, { categories });
    await page.goto(url, { waitUntil: 'load' });
    // Complete once `ready` is shown and the element count has not changed for two seconds (deferred renders have
    // landed). Polled with bare Runtime.evaluate calls: Playwright's own waits inject a script whose cost the trace
    // would count as the page's.
    const probe = `document.querySelector(${JSON.stringify(ready)}) ? document.getElementsByTagName('*').length : -1`;
    const deadline = Date.now() + 60_000;
    for (let last = -2, still = 0; still < 8;) {
      if (Date.now() > deadline) throw new Error(`${url} did not settle within 60 s.`);
      await new Promise((r) => setTimeout(r, 250));
      const { result } = await cdp.send('Runtime.evaluate', { expression: probe, returnByValue: true });
      const count = Number(result.value);
      still = count > 0 && count === last ? still + 1 : 0;
      last = count;
    }
    const trace = JSON.parse((await browser.stopTracing()).toString('utf8')) as { traceEvents: TraceEvent[] };
    const elements = await page.evaluate(() => document.getElementsByTagName('*').length);
    return { sample: { profile: profileTrace(trace.traceEvents, url), elements }, events: trace.traceEvents };
  } finally {
    await browser.close();
  }
}

const ms = (value: number) => (Number.isFinite(value) ? value.toFixed(1) : '–');

function table(rows: Array<{ label: string; samples: Sample[] }>): string {
  const head = ['page', 'runs', 'elements', ...BUCKETS.map((b) => `${b} ms`), 'busy ms', 'longest task ms', 'blocking ms', 'recalcs', 'layouts'];
  const lines = [`| ${head.join(' | ')} |`, `|${head.map(() => '---').join('|')}|`];
  for (const { label, samples } of rows) {
    const med = (pick: (s: Sample) => number) => median(samples.map(pick));
    lines.push(
      `| ${[
        label,
        samples.length,
        med((s) => s.elements).toFixed(0),
        ...BUCKETS.map((b) => ms(med((s) => s.profile.total[b]))),
        ms(med((s) => s.profile.busy)),
        ms(med((s) => s.profile.longest.duration)),
        ms(med((s) => s.profile.blocking)),
        med((s) => s.profile.styleRecalcs).toFixed(0),
        med((s) => s.profile.layouts).toFixed(0),
      ].join(' | ')} |`,
    );
  }
  return lines.join('\n');
}

/** What the median-length longest task was made of, per row. */
function longestTasks(rows: Array<{ label: string; samples: Sample[] }>): string[] {
  return rows.map(({ label, samples }) => {
    const sorted = [...samples].sort((a, b) => a.profile.longest.duration - b.profile.longest.duration);
    const mid = sorted[Math.floor((sorted.length - 1) / 2)];
    if (!mid) return `- ${label}: no runs`;
    const parts = BUCKETS.filter((b) => mid.profile.longest.parts[b] >= 0.5).map((b) => `${b} ${ms(mid.profile.longest.parts[b])}`);
    return `- ${label}: ${ms(mid.profile.longest.duration)} ms = ${parts.join(', ')}`;
  });
}

async function main() {
  const apiPort = Number(process.env.LEDE_API_PORT ?? 8811);
  const apiBase = `http://127.0.0.1:${apiPort}/api`;
  const dir = join(OUT, 'live');
  if (flag('no-build')) {
    if (!existsSync(join(dir, 'index.html'))) throw new Error('--no-build, but dist-style/live has no build yet.');
    if (!readFileSync(join(dir, '_headers'), 'utf8').includes(new URL(apiBase).origin))
      throw new Error(`--no-build, but dist-style/live was built for another API than ${apiBase}.`);
  } else {
    log(`building the HTTP-API build (VITE_API_BASE_URL=${apiBase}) into dist-style/live`);
    build(ROOT, dir, { kind: 'http', apiBase });
  }
  await writePublicationStoryFloor(dir, 'en');

  if (await isFree(apiPort)) startScript('scripts/api-server.ts', [], { LEDE_API_PORT: String(apiPort), LEDE_API_HOST: '127.0.0.1' });
  else if (!(await fetch(`${apiBase}/stories/harbour-bridge-reopens`).catch(() => null))?.ok)
    throw new Error(`Port ${apiPort} is in use by something that is not the Lede content API.`);
  // One static server per variant (the first on --port), each serving a copy of the build with the variant's CSS.
  const origins: Record<string, string> = {};
  for (const [index, variant] of VARIANT_NAMES.entries()) {
    const variantDir = variant === 'base' ? dir : join(OUT, 'variants', variant);
    if (variant !== 'base') writeVariantDir(variant, dir, variantDir);
    const port = (index === 0 && Number(option('port', '0'))) || (await freePort());
    if (!(await isFree(port))) throw new Error(`Port ${port} is in use.`);
    startScript('scripts/serve.ts', ['--dir', variantDir, '--port', String(port)]);
    origins[variant] = `http://127.0.0.1:${port}`;
  }
  await Promise.all([waitForHttp(`${apiBase}/`), ...Object.values(origins).map((origin) => waitForHttp(`${origin}/`))]);

  const loadBefore = os.loadavg()[0] ?? 0;
  const targets = PAGES.flatMap((page) =>
    VARIANT_NAMES.map((variant) => ({
      label: `${page} ${variant}`,
      url: `${origins[variant] ?? ''}${PAGE_PATHS[page] ?? ''}`,
      ready: READY[page] as string,
    })),
  );
  const rows = targets.map((t) => ({ label: t.label, samples: [] as Sample[] }));
  const keep = flag('keep-traces');
  if (keep) mkdirSync(join(OUT, 'traces'), { recursive: true });
  // Interleaved (A B C, A B C, …), so that a slow moment of the host hits every row alike.
  for (let run = 1; run <= RUNS; run += 1) {
    for (const [index, t] of targets.entries()) {
      const { sample, events } = await loadOnce(t.url, t.ready, CATEGORIES);
      rows[index]?.samples.push(sample);
      if (keep) writeFileSync(join(OUT, 'traces', `${t.label.replace(/\W+/g, '-')}-${run}.json`), JSON.stringify({ traceEvents: events }));
      const p = sample.profile;
      log(
        `#${run} ${t.label}: style ${ms(p.total.style)}, layout ${ms(p.total.layout)}, paint ${ms(p.total.paint)}, script ${ms(p.total.script)}, longest ${ms(p.longest.duration)} ms, ${sample.elements} elements`,
      );
    }
  }
  let selectors: Array<{ label: string; costs: SelectorCost[] }> = [];
  if (!flag('no-selectors')) {
    // A run of its own per page: collecting selector statistics slows style recalculation down.
    for (const page of PAGES) {
      const url = `${origins[VARIANT_NAMES[0] as string]}${PAGE_PATHS[page]}`;
      const { events } = await loadOnce(url, READY[page] as string, [...CATEGORIES, 'disabled-by-default-blink.debug']);
      selectors.push({ label: page, costs: selectorCosts(events, url) });
    }
    if (selectors.every((s) => s.costs.length === 0)) {
      log('this Chromium emitted no SelectorStats events: no selector costs');
      selectors = [];
    }
  }
  const loadAfter = os.loadavg()[0] ?? 0;

  const cpus = os.cpus();
  const report = [
    `- Date: ${new Date().toISOString().replace(/\.\d+Z$/, 'Z')}; command \`npm run bench:style -- ${process.argv.slice(2).join(' ')}\``.trimEnd(),
    `- Host: ${cpus.length} × ${cpus[0]?.model.trim() ?? 'unknown CPU'}; Chromium ${browserVersion}; CPU throttled ${CPU}× (Emulation.setCPUThrottlingRate); ${MOBILE.viewport.width}×${MOBILE.viewport.height} mobile viewport`,
    `- Load average (1 min) at start and end: ${loadBefore.toFixed(1)} and ${loadAfter.toFixed(1)} on ${cpus.length} CPUs`,
    `- Medians of ${RUNS} interleaved loads per row, each in a fresh browser; main-thread self time per kind of work, ms`,
    '',
    table(rows),
    '',
    'Longest task (the median run), made of:',
    '',
    ...longestTasks(rows),
    ...VARIANT_NAMES.filter((v) => v !== 'base').map((v) => `- variant ${v}: ${VARIANTS[v]?.what}`),
  ];
  for (const { label, costs } of selectors) {
    const total = costs.reduce((sum, c) => sum + c.elapsed, 0);
    report.push('', `Most expensive selectors, ${label} (one run; ${(total / 1000).toFixed(1)} ms of matching in all):`, '');
    for (const c of costs.slice(0, 8))
      report.push(`- \`${c.selector}\`: ${(c.elapsed / 1000).toFixed(2)} ms, ${c.attempts} match attempts, ${c.matches} matches`);
  }
  console.log(`\n${report.join('\n')}`);
}

let browserVersion = 'unknown';
async function version() {
  const browser = await chromium.launch({ executablePath: resolveChromium(), args: CHROMIUM_FLAGS });
  browserVersion = browser.version();
  await browser.close();
}

runBench(() => version().then(main));
