// `npm run bench:lighthouse`: Lighthouse (mobile, simulated throttling, Performance only) on the HTTP-API build, the demo,
// the build over a local WordPress (story page) and the static floor, with the CPU slowdown calibrated to this host so
// every host emulates the same phone; runs are interleaved, medians printed and written into docs/performance.md.
// `--compare <ref>` builds that git ref too and runs both builds side by side in the same run.
// Usage: tsx scripts/bench-lighthouse.ts [--no-build] [--runs 5] [--pages story,front,archive]
//        [--modes http,demo,wordpress] [--compare <git ref>] [--target-index 500] [--no-default] [--no-docs]
//        [--tasks (print each run's long tasks)] [--wordpress-direct (PHP answers every request on this host)]
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import os from 'node:os';
import { join, resolve } from 'node:path';
import { freePort } from '../e2e/ports';
import { build, buildRef, type RefBuild } from './bench/build-ref';
import { calibrate, TARGET_INDEX } from './bench/calibration';
import { DEFAULT_CPU_SLOWDOWN, chromePath, lighthouseOnce, lighthouseVersion, median, probeHeading, type RunMetrics } from './bench/lighthouse-run';
import { flag, option } from './bench/cli';
import { writeDocSection } from './bench/docs';
import { isFree, log, runBench, startScript, waitForHttp } from './bench/processes';
import { checkGoals, comparedPairs, comparisonTable, markdownTable, show, type Row } from './bench/report';
import { benchWordpressUrl, missingWordpressPackages, REPLAY_PORT, startBenchWordpress } from './bench/wordpress';
import { STATIC_FLOOR_PATH, writeStaticFloor } from './static-floor';

const ROOT = resolve(import.meta.dirname, '..');
const DOC = join(ROOT, 'docs', 'performance.md');
const PAGE_PATHS: Record<string, string> = { story: '/story/harbour-bridge-reopens', front: '/', archive: '/archive' };

// ---- arguments -------------------------------------------------------------------------------------------------
const list = (value: string) =>
  value
    .split(',')
    .map((item) => item.trim())
    .filter(Boolean);
const RUNS = Math.max(1, Number(option('runs', '5')) || 5);
const PAGES = list(option('pages', 'story,front,archive'));
// WordPress is a default mode where Debian's packages are installed; elsewhere the run says it left it out, and an
// explicit `--modes …,wordpress` installs them as `npm run wordpress` does.
const missingPackages = option('modes', '') ? [] : missingWordpressPackages();
const MODES = list(option('modes', missingPackages.length ? 'http,demo' : 'http,demo,wordpress'));
const COMPARE = option('compare', '');
const target = Number(option('target-index', String(TARGET_INDEX))) || TARGET_INDEX;
const KNOWN_MODES = ['http', 'demo', 'wordpress'];
for (const page of PAGES) if (!PAGE_PATHS[page]) throw new Error(`Unknown page "${page}"; known: ${Object.keys(PAGE_PATHS).join(', ')}.`);
for (const mode of MODES) if (!KNOWN_MODES.includes(mode)) throw new Error(`Unknown mode "${mode}"; known: ${KNOWN_MODES.join(', ')}.`);
/** Over WordPress only the story page is measured: the page with targets, the same story as the HTTP-API build's. */
const WORDPRESS = MODES.includes('wordpress') && PAGES.includes('story');
/** What the run left out and why, printed and written with the results: nothing is omitted silently. */
const notes: string[] = [];
if (missingPackages.length)
  notes.push(
    `WordPress story not measured: Debian packages missing (${missingPackages.join(', ')}); \`npm run wordpress\` installs them, or pass \`--modes http,demo,wordpress\``,
  );
if (MODES.includes('wordpress') && !WORDPRESS)
  notes.push('WordPress story not measured: --pages has no story (over WordPress only the story page is)');

interface Target {
  label: string;
  url: string;
}

/** Runs every target `runs` times, interleaved (A B C, A B C, …), so slow moments of the host hit every target alike. */
async function interleaved(targets: Target[], runs: number, multiplier: number): Promise<Row[]> {
  const rows: Row[] = targets.map((t) => ({ label: t.label, url: t.url, runs: [], failed: 0 }));
  for (let run = 1; run <= runs; run += 1) {
    for (const [index, t] of targets.entries()) {
      const row = rows[index] as Row;
      try {
        const m: RunMetrics = await lighthouseOnce(t.url, multiplier);
        row.runs.push(m);
        logRun(run, t.label, multiplier, m);
      } catch (error) {
        row.failed += 1;
        logRun(run, t.label, multiplier, error instanceof Error ? error : new Error(String(error)));
      }
    }
  }
  return rows;
}

/** One run's line in the log: its metrics, or why it failed. */
function logRun(run: number, label: string, multiplier: number, m: RunMetrics | Error): void {
  if (m instanceof Error) return log(`#${run} ${label}: FAILED ${m.message}`);
  log(
    `#${run} ${label} (${multiplier}×): Perf ${show('score', m.score)}, LCP ${show('lcp', m.lcp)}, TBT ${show('tbt', m.tbt)}, CLS ${show('cls', m.cls)}, index ${m.benchmarkIndex.toFixed(0)}, LCP element ${m.lcpElement ?? '?'}${m.cpuShare === undefined ? '' : `, main thread on a CPU ${(m.cpuShare * 100).toFixed(0)} % of its task time`}`,
  );
  if (flag('tasks')) for (const task of m.longTasks) log(`    long task at ${task.start.toFixed(0)} ms: ${task.duration.toFixed(0)} ms ${task.url}`);
}

/**
 * How much of the pages' main-thread task time (after the first paint) the thread actually ran, per row: Lighthouse
 * scales wall time, so where this is low, blocking time measures waiting for a CPU on this host more than work.
 */
function cpuShareLine(rows: Row[]): string {
  const shares = rows.flatMap((row) => {
    const values = row.runs.flatMap((run) => (run.cpuShare === undefined ? [] : [run.cpuShare]));
    return values.length ? [`${row.label} ${(median(values) * 100).toFixed(0)} %`] : [];
  });
  return `- The main thread had a CPU for this share of its task time after the first paint (trace thread time ÷ wall time, medians): ${shares.join(', ') || 'not recorded'}`;
}

function versionOf(command: string, args: string[]): string {
  try {
    return execFileSync(command, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return 'unknown';
  }
}
const chromiumVersion = () => versionOf(chromePath, ['--version']);
const wordpressVersion = () => `WordPress ${versionOf('dpkg-query', ['-W', '-f=${Version}', 'wordpress'])}`;

async function main() {
  const apiPort = Number(process.env.LEDE_API_PORT ?? 8787);
  const apiBase = `http://127.0.0.1:${apiPort}/api`;
  // The builds read WordPress through the replaying proxy (decision 027) unless --wordpress-direct: WordPress answers
  // each distinct request once, and the measured loads get its answers after its own time, with no PHP on the host's
  // cores while a page loads.
  const wordpressDirect = flag('wordpress-direct');
  const wordpressOrigin = benchWordpressUrl();
  const siteUrl = wordpressDirect ? wordpressOrigin : benchWordpressUrl(REPLAY_PORT);
  for (const note of notes) log(note);
  // Builds of its own, so a bench never replaces the dist/ and dist-http/ that e2e tests or a preview are serving.
  const out = join(ROOT, 'dist-bench');
  const dirs = {
    http: join(out, 'http'),
    demo: join(out, 'demo'),
    wordpress: join(out, 'wordpress'),
    refHttp: join(out, 'ref-http'),
    refDemo: join(out, 'ref-demo'),
    refWordpress: join(out, 'ref-wordpress'),
  };
  // WordPress starts (and seeds: CPU-bound, tens of seconds) while Lede builds; a build needs only its address.
  let wordpressUp: Promise<string> | undefined;
  if (WORDPRESS) {
    log(`starting the bench's WordPress at ${wordpressOrigin}, seeded from the fixtures`);
    wordpressUp = startBenchWordpress();
    wordpressUp.catch(() => undefined); // awaited below; this only keeps an early failure from being unhandled
  }
  const measured = (mode: string) => (mode === 'wordpress' ? WORDPRESS : MODES.includes(mode));
  if (flag('no-build')) {
    for (const mode of ['http', ...MODES.filter(measured)])
      if (!existsSync(join(dirs[mode as 'http' | 'demo' | 'wordpress'], 'index.html'))) throw new Error(`--no-build, but ${mode} has no build yet.`);
    if (WORDPRESS && !readFileSync(join(dirs.wordpress, 'index.html'), 'utf8').includes(siteUrl))
      throw new Error(`--no-build, but dist-bench/wordpress was built over another WordPress than ${siteUrl}.`);
  } else {
    log(
      `building this tree: http (VITE_API_BASE_URL=${apiBase})${measured('demo') ? ', demo' : ''}${WORDPRESS ? `, over WordPress (${siteUrl})` : ''}`,
    );
    build(ROOT, dirs.http, { kind: 'http', apiBase });
    if (measured('demo')) build(ROOT, dirs.demo, { kind: 'demo' });
    if (WORDPRESS) build(ROOT, dirs.wordpress, { kind: 'wordpress', siteUrl });
  }
  let refCommit = '';
  const refServed: Array<[string, string]> = [];
  if (COMPARE) {
    log(`building ${COMPARE} in a temporary worktree`);
    const refBuilds: Array<RefBuild & { name: string }> = [{ name: 'ref http', outDir: dirs.refHttp, source: { kind: 'http', apiBase } }];
    if (measured('demo')) refBuilds.push({ name: 'ref demo', outDir: dirs.refDemo, source: { kind: 'demo' } });
    if (WORDPRESS) refBuilds.push({ name: 'ref wordpress', outDir: dirs.refWordpress, source: { kind: 'wordpress', siteUrl } });
    const { commit, skipped } = buildRef(COMPARE, refBuilds);
    refCommit = commit;
    for (const one of refBuilds) if (!skipped.includes(one)) refServed.push([one.name, one.outDir]);
    if (skipped.some((one) => one.source.kind === 'wordpress')) {
      notes.push(
        `${COMPARE} (${commit.slice(0, 7)}) has no WordPress source (no build:wordpress script): its side of the WordPress story is not measured`,
      );
      log(notes.at(-1) as string);
    }
  }
  writeStaticFloor(dirs.http);

  if (await isFree(apiPort)) startScript('scripts/api-server.ts', [], { LEDE_API_PORT: String(apiPort), LEDE_API_HOST: '127.0.0.1' });
  else if (!(await fetch(`${apiBase}/stories/harbour-bridge-reopens`).catch(() => null))?.ok)
    throw new Error(`Port ${apiPort} is in use by something that is not the Lede content API.`);
  const origins: Record<string, string> = {};
  const served: Array<[string, string]> = [['http', dirs.http], ...refServed];
  if (measured('demo')) served.push(['demo', dirs.demo]);
  if (WORDPRESS) served.push(['wordpress', dirs.wordpress]);
  for (const [name, dir] of served) {
    const port = await freePort();
    startScript('scripts/serve.ts', ['--dir', dir, '--port', String(port)]);
    origins[name] = `http://127.0.0.1:${port}`;
  }
  await Promise.all([waitForHttp(`${apiBase}/`), ...Object.values(origins).map((origin) => waitForHttp(`${origin}/`))]);
  if (wordpressUp) log(`WordPress ready at ${await wordpressUp}`);
  if (WORDPRESS && !wordpressDirect) {
    if (!(await isFree(REPLAY_PORT))) throw new Error(`Port ${REPLAY_PORT} (LEDE_BENCH_WP_REPLAY_PORT), for the replaying proxy, is in use.`);
    startScript('scripts/bench/wordpress-replay.ts', ['--port', String(REPLAY_PORT), '--target', wordpressOrigin]);
    await waitForHttp(`${siteUrl}/wp-json/`);
    log(`WordPress answers through the replaying proxy at ${siteUrl} (decision 027)`);
  }

  const short = refCommit.slice(0, 7);
  const targets: Target[] = [];
  for (const mode of MODES.filter(measured)) {
    for (const page of mode === 'wordpress' ? ['story'] : PAGES) {
      const builds = [['', origins[mode]], ...(origins[`ref ${mode}`] ? [[`${short} `, origins[`ref ${mode}`]]] : [])] as Array<[string, string]>;
      for (const [prefix, origin] of builds) {
        const url = origin + (PAGE_PATHS[page] as string);
        if (page === 'archive' && /not found/i.test((await probeHeading(url)) ?? 'not found')) {
          log(`${prefix}${mode} archive: no archive page in this build; skipped`);
          continue;
        }
        // The build over WordPress must show the seeded story before it is measured, or its figures mean nothing.
        if (mode === 'wordpress') {
          const heading = await probeHeading(url);
          if (!heading || /not found/i.test(heading))
            throw new Error(`${prefix}wordpress story: ${url} did not render the story (heading: ${heading ?? 'none'}).`);
        }
        targets.push({ label: `${prefix}${mode} ${page}`, url });
      }
    }
  }
  const floor: Target = { label: 'static floor story', url: `${origins.http}/${STATIC_FLOOR_PATH}` };
  if (PAGES.includes('story')) targets.push(floor);

  // Calibration: Lighthouse's benchmarkIndex of this host, from three runs of the static floor at the default 4×.
  const loadBefore = os.loadavg()[0] ?? 0;
  const calibration = await calibrate(floor.url, target, (run, result) => logRun(run, 'calibration (static floor)', DEFAULT_CPU_SLOWDOWN, result));
  const { hostIndex, multiplier } = calibration;
  log(`benchmarkIndex ${hostIndex.toFixed(0)} ÷ target ${target} → cpuSlowdownMultiplier ${multiplier}`);

  const rows = await interleaved(targets, RUNS, multiplier);
  // The stories with targets (HTTP API, and over WordPress), at Lighthouse's default 4× for comparison with other sites.
  const storiesAt4x = targets.filter((t) => t.label === 'http story' || t.label === 'wordpress story');
  const defaultRows = flag('no-default') || storiesAt4x.length === 0 ? [] : await interleaved([...storiesAt4x, floor], RUNS, DEFAULT_CPU_SLOWDOWN);
  const loadAfter = os.loadavg()[0] ?? 0;

  const indexes = [...rows, ...defaultRows, calibration].flatMap((row) => row.runs.map((run) => run.benchmarkIndex));
  const cpus = os.cpus();
  const host = [
    `- Date: ${new Date().toISOString().replace(/\.\d+Z$/, 'Z')}; commit ${execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: ROOT, encoding: 'utf8' }).trim()}${COMPARE ? ` (working tree) against ${COMPARE} = ${short}` : ''}`,
    `- Host: ${cpus.length} × ${cpus[0]?.model.trim() ?? 'unknown CPU'}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB; Node ${process.version}; ${chromiumVersion()}; Lighthouse ${lighthouseVersion || 'unknown'}`,
    `- benchmarkIndex: ${hostIndex.toFixed(0)} (calibration median), ${Math.min(...indexes).toFixed(0)}–${Math.max(...indexes).toFixed(0)} over all ${indexes.length} runs; target ${target} → **cpuSlowdownMultiplier ${multiplier}**`,
    `- Load average (1 min) at start and end: ${loadBefore.toFixed(1)} and ${loadAfter.toFixed(1)} on ${cpus.length} CPUs${Math.max(loadBefore, loadAfter) > cpus.length * 0.75 ? ' (other work competed for the CPU: TBT and LCP are inflated)' : ''}`,
    `- Medians of ${RUNS} interleaved runs per row; mobile, simulated throttling, Performance only.`,
    cpuShareLine(rows),
    ...(WORDPRESS
      ? [
          `- WordPress: ${wordpressVersion()} (Debian's packages, PHP's built-in server), seeded from the fixtures, at ${wordpressOrigin}; ${
            wordpressDirect
              ? 'PHP answered every request on this host (`--wordpress-direct`)'
              : `read through the replaying proxy at ${siteUrl}: each request answered once by WordPress, then replayed after WordPress's own time (decision 027)`
          }`,
        ]
      : []),
    ...notes.map((note) => `- ${note}`),
  ];
  const goals = checkGoals(rows);
  const sections = [
    ...host,
    '',
    `Calibrated (${multiplier}×):`,
    '',
    markdownTable(rows),
    ...(defaultRows.length
      ? ['', `Lighthouse's default ${DEFAULT_CPU_SLOWDOWN}× (for comparison with other sites' published figures):`, '', markdownTable(defaultRows)]
      : []),
    ...(COMPARE ? ['', `Side by side (this tree ÷ ${short}):`, '', comparisonTable(comparedPairs(rows, short), 'this tree', short)] : []),
    '',
    'Targets on the calibrated run:',
    '',
    ...goals.map((goal) => `- ${goal.met ? 'met' : '**not met**'}: ${goal.what}`),
  ];
  console.log(`\n${sections.join('\n')}`);
  if (flag('no-docs')) log('--no-docs: docs/performance.md left as it was');
  else {
    writeDocSection(COMPARE ? 'lighthouse-compare' : 'lighthouse', sections.join('\n'));
    log(`wrote the results into ${DOC}`);
  }
  if (rows.some((row) => row.runs.length === 0)) process.exitCode = 1;
}

runBench(main);
