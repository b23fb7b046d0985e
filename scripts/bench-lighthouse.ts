// `npm run bench:lighthouse`: Lighthouse (mobile, simulated throttling, Performance only) on the HTTP-API build served
// as static files (`http`) and by its render server (`ssr`), the demo, the build over a local WordPress (story page) and
// each page's static floor, with the CPU slowdown calibrated to this host so every host emulates the same phone; runs
// are interleaved, medians printed and written into docs/performance.md.
// `--compare <ref>` builds that git ref too and runs both builds side by side in the same run.
// `demo-ar` is the demo built as the Arabic publication, its story measured beside its own floor (issue 25).
// Usage: tsx scripts/bench-lighthouse.ts [--no-build] [--runs 5] [--pages story,image-led,front,archive]
//        [--modes http,ssr,demo,demo-ar,wordpress] [--compare <git ref>] [--target-index 500] [--no-default] [--no-docs]
//        [--tasks (print each run's long tasks)] [--traces <dir> (write each run's Lighthouse trace there)]
//        [--wordpress-direct (PHP answers every request on this host)]
//        [--out dist-bench (the folder of its builds: benches run beside each other build apart)]
//        [--doc-section lighthouse (the marked section of docs/performance.md the results replace)]
import { existsSync, readFileSync } from 'node:fs';
import os from 'node:os';
import { join, relative, resolve } from 'node:path';
import { freePort } from '../e2e/ports';
import { apiPortFor, build, buildRef, serverBundleOf, type RefBuild } from './bench/build-ref';
import { calibrate, TARGET_INDEX } from './bench/calibration';
import { DEFAULT_CPU_SLOWDOWN, probeHeading } from './bench/lighthouse-run';
import { hostLines, wordpressVersion } from './bench/host';
import { flag, option } from './bench/cli';
import { writeDocSection } from './bench/docs';
import { cpuShareLine, interleaved, lcpElementLine, logRun, type Target } from './bench/interleave';
import { isFree, log, runBench, startScript, waitForHttp } from './bench/processes';
import { checkServerRendered, startRenderServer } from './bench/render-server';
import { checkGoals, comparedPairs, comparisonTable, deploymentTable, markdownTable, publicationTable } from './bench/report';
import { benchWordpressUrl, missingWordpressPackages, REPLAY_PORT, startBenchWordpress } from './bench/wordpress';
import { FLOOR_PAGES, isFloorPage, STATIC_FLOOR_PATH, writePublicationStoryFloor, writeStaticFloors } from './bench/floor-pages';
import { PAGE_PATHS, pagePath, PUBLICATION_MODES, storyFloorLabel } from './bench/publications';

const ROOT = resolve(import.meta.dirname, '..');
const DOC = join(ROOT, 'docs', 'performance.md');

// ---- arguments -------------------------------------------------------------------------------------------------
const list = (value: string) =>
  value
    .split(',')
    .map((item) => item.trim())
    .filter(Boolean);
const RUNS = Math.max(1, Number(option('runs', '5')) || 5);
const PAGES = list(option('pages', 'story,image-led,front,archive'));
// WordPress is a default mode where Debian's packages are installed; elsewhere the run says it left it out, and an
// explicit `--modes …,wordpress` installs them as `npm run wordpress` does.
const missingPackages = option('modes', '') ? [] : missingWordpressPackages();
const MODES = list(option('modes', missingPackages.length ? 'http,ssr,demo' : 'http,ssr,demo,wordpress'));
const COMPARE = option('compare', '');
const target = Number(option('target-index', String(TARGET_INDEX))) || TARGET_INDEX;
const KNOWN_MODES = ['http', 'ssr', 'demo', ...Object.keys(PUBLICATION_MODES), 'wordpress'];
for (const page of PAGES) if (!PAGE_PATHS[page]) throw new Error(`Unknown page "${page}"; known: ${Object.keys(PAGE_PATHS).join(', ')}.`);
for (const mode of MODES) if (!KNOWN_MODES.includes(mode)) throw new Error(`Unknown mode "${mode}"; known: ${KNOWN_MODES.join(', ')}.`);
/** Over WordPress only the story page is measured: the page with targets, the same story as the HTTP-API build's. */
const WORDPRESS = MODES.includes('wordpress') && PAGES.includes('story');
/** The render server's pages are those with a floor of their own, against which their targets are set. */
const SSR_PAGES = PAGES.filter(isFloorPage);
const SERVER_RENDERED = MODES.includes('ssr') && SSR_PAGES.length > 0;
/** What the run left out and why, printed and written with the results: nothing is omitted silently. */
const notes: string[] = [];
if (missingPackages.length)
  notes.push(
    `WordPress story not measured: Debian packages missing (${missingPackages.join(', ')}); \`npm run wordpress\` installs them, or pass \`--modes http,ssr,demo,wordpress\``,
  );
if (MODES.includes('wordpress') && !WORDPRESS)
  notes.push('WordPress story not measured: --pages has no story (over WordPress only the story page is)');
if (MODES.includes('ssr') && !SERVER_RENDERED) notes.push('Server-rendered pages not measured: --pages names no page with a floor');
const leftOut = KNOWN_MODES.filter((mode) => !MODES.includes(mode) && !(mode === 'wordpress' && missingPackages.length));
if (leftOut.length) notes.push(`Not measured: ${leftOut.join(', ')} (\`--modes ${MODES.join(',')}\`)`);

async function main() {
  // Builds of its own, so a bench never replaces the dist/ and dist-http/ that e2e tests or a preview are serving.
  const out = join(ROOT, option('out', 'dist-bench'));
  const apiPort = await apiPortFor(out, !flag('no-build'));
  const apiBase = `http://127.0.0.1:${apiPort}/api`;
  // The builds read WordPress through the replaying proxy (decision 027) unless --wordpress-direct: WordPress answers
  // each distinct request once, and the measured loads get its answers after its own time, with no PHP on the host's
  // cores while a page loads.
  const wordpressDirect = flag('wordpress-direct');
  const wordpressOrigin = benchWordpressUrl();
  const siteUrl = wordpressDirect ? wordpressOrigin : benchWordpressUrl(REPLAY_PORT);
  for (const note of notes) log(note);
  const dirs = {
    http: join(out, 'http'),
    demo: join(out, 'demo'),
    'demo-ar': join(out, 'demo-ar'),
    wordpress: join(out, 'wordpress'),
    refHttp: join(out, 'ref-http'),
    refDemo: join(out, 'ref-demo'),
    refDemoAr: join(out, 'ref-demo-ar'),
    refWordpress: join(out, 'ref-wordpress'),
  };
  // WordPress starts (and seeds: CPU-bound, tens of seconds) while Lede builds; a build needs only its address.
  let wordpressUp: Promise<string> | undefined;
  if (WORDPRESS) {
    log(`starting the bench's WordPress at ${wordpressOrigin}, seeded from the fixtures`);
    wordpressUp = startBenchWordpress();
    wordpressUp.catch(() => undefined); // awaited below; this only keeps an early failure from being unhandled
  }
  const measured = (mode: string) => (mode === 'wordpress' ? WORDPRESS : mode === 'ssr' ? SERVER_RENDERED : MODES.includes(mode));
  if (flag('no-build')) {
    for (const mode of ['http', 'demo', 'demo-ar', 'wordpress'] as const)
      if ((mode === 'http' || measured(mode)) && !existsSync(join(dirs[mode], 'index.html')))
        throw new Error(`--no-build, but ${mode} has no build yet.`);
    if (SERVER_RENDERED && !existsSync(serverBundleOf(dirs.http))) throw new Error(`--no-build, but ${serverBundleOf(dirs.http)} is missing.`);
    if (WORDPRESS && !readFileSync(join(dirs.wordpress, 'index.html'), 'utf8').includes(siteUrl))
      throw new Error(`--no-build, but ${relative(ROOT, dirs.wordpress)} was built over another WordPress than ${siteUrl}.`);
  } else {
    log(
      `building this tree: http (VITE_API_BASE_URL=${apiBase})${SERVER_RENDERED ? ' and its render server' : ''}${measured('demo') ? ', demo' : ''}${measured('demo-ar') ? ', demo-ar (VITE_PUBLICATION=ar)' : ''}${WORDPRESS ? `, over WordPress (${siteUrl})` : ''}`,
    );
    build(ROOT, dirs.http, { kind: 'http', apiBase });
    if (SERVER_RENDERED) build(ROOT, dirs.http, { kind: 'server', apiBase });
    if (measured('demo')) build(ROOT, dirs.demo, { kind: 'demo' });
    if (measured('demo-ar')) build(ROOT, dirs['demo-ar'], { kind: 'demo' }, PUBLICATION_MODES['demo-ar']);
    if (WORDPRESS) build(ROOT, dirs.wordpress, { kind: 'wordpress', siteUrl });
  }
  let refCommit = '';
  const refServed: Array<[string, string]> = [];
  if (COMPARE) {
    log(`building ${COMPARE} in a temporary worktree`);
    const refBuilds: Array<RefBuild & { name: string }> = [{ name: 'ref http', outDir: dirs.refHttp, source: { kind: 'http', apiBase } }];
    if (SERVER_RENDERED) refBuilds.push({ name: 'ref ssr', outDir: dirs.refHttp, source: { kind: 'server', apiBase } });
    if (measured('demo')) refBuilds.push({ name: 'ref demo', outDir: dirs.refDemo, source: { kind: 'demo' } });
    if (measured('demo-ar'))
      refBuilds.push({ name: 'ref demo-ar', outDir: dirs.refDemoAr, source: { kind: 'demo' }, publication: PUBLICATION_MODES['demo-ar'] });
    if (WORDPRESS) refBuilds.push({ name: 'ref wordpress', outDir: dirs.refWordpress, source: { kind: 'wordpress', siteUrl } });
    const { commit, skipped } = buildRef(COMPARE, refBuilds);
    refCommit = commit;
    for (const one of refBuilds) if (!skipped.includes(one)) refServed.push([one.name, one.outDir]);
    const missing = [
      ...(skipped.some((one) => one.source.kind === 'wordpress')
        ? ['no WordPress source (no build:wordpress script): its side of the WordPress story']
        : []),
      ...(skipped.some((one) => one.source.kind === 'server')
        ? ['no render server (no src/server/main.ts): its side of the server-rendered pages']
        : []),
    ];
    for (const what of missing) {
      notes.push(`${COMPARE} (${commit.slice(0, 7)}) has ${what} is not measured`);
      log(notes.at(-1) as string);
    }
  }
  const floors = Object.values(await writeStaticFloors(dirs.http));
  // The Arabic story's floor is written into the Arabic build, with its CSS, and served by that build's server.
  const arabicFloor = measured('demo-ar') && PAGES.includes('story');
  if (arabicFloor) floors.push(await writePublicationStoryFloor(dirs['demo-ar'], PUBLICATION_MODES['demo-ar']));
  log(`wrote the static floors: ${floors.join(', ')}`);

  if (await isFree(apiPort)) startScript('scripts/api-server.ts', [], { LEDE_API_PORT: String(apiPort), LEDE_API_HOST: '127.0.0.1' });
  else if (!(await fetch(`${apiBase}/stories/harbour-bridge-reopens`).catch(() => null))?.ok)
    throw new Error(`Port ${apiPort} is in use by something that is not the Lede content API.`);
  await waitForHttp(`${apiBase}/`);
  const origins: Record<string, string> = {};
  const served: Array<[string, string]> = [['http', dirs.http], ...refServed.filter(([name]) => name !== 'ref ssr')];
  if (measured('demo')) served.push(['demo', dirs.demo]);
  if (measured('demo-ar')) served.push(['demo-ar', dirs['demo-ar']]);
  if (WORDPRESS) served.push(['wordpress', dirs.wordpress]);
  // The render servers answer the pages (over the same API) and the build's files themselves, as nginx would those.
  const rendered: Array<[string, string]> = SERVER_RENDERED ? [['ssr', dirs.http], ...refServed.filter(([name]) => name === 'ref ssr')] : [];
  for (const [name, dir] of served) {
    const port = await freePort();
    startScript('scripts/serve.ts', ['--dir', dir, '--port', String(port)]);
    origins[name] = `http://127.0.0.1:${port}`;
  }
  for (const [name, dir] of rendered) origins[name] = await startRenderServer(dir);
  await Promise.all(Object.values(origins).map((origin) => waitForHttp(`${origin}/`)));
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
    for (const page of mode === 'wordpress' ? ['story'] : mode === 'ssr' ? SSR_PAGES : PAGES) {
      const builds = [['', origins[mode]], ...(origins[`ref ${mode}`] ? [[`${short} `, origins[`ref ${mode}`]]] : [])] as Array<[string, string]>;
      for (const [prefix, origin] of builds) {
        const path = pagePath(mode, page);
        if (!path) {
          notes.push(`${mode} ${page} not measured: its publication has no such page with a floor`);
          log(notes.at(-1) as string);
          continue;
        }
        const url = origin + path;
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
        // A render server must answer with the page itself (this also fills its page cache, as a deployment's would be).
        if (mode === 'ssr') await checkServerRendered(`${prefix}ssr ${page}`, url);
        targets.push({ label: `${prefix}${mode} ${page}`, url });
      }
    }
  }
  const floorOf = (page: keyof typeof FLOOR_PAGES): Target => ({ label: `static floor ${page}`, url: `${origins.http}/${FLOOR_PAGES[page].file}` });
  const floor = floorOf('story');
  for (const page of PAGES.filter(isFloorPage)) targets.push(floorOf(page));
  if (arabicFloor) targets.push({ label: storyFloorLabel(PUBLICATION_MODES['demo-ar']), url: `${origins['demo-ar']}/${STATIC_FLOOR_PATH}` });

  // Calibration: Lighthouse's benchmarkIndex of this host, from three runs of the story's static floor at the default 4×.
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
  const host = [
    ...hostLines({ compare: COMPARE, short, hostIndex, indexes, target, multiplier, loadBefore, loadAfter, runs: RUNS }),
    `- Pages: ${PAGES.map((page) => `${page} \`${PAGE_PATHS[page]}\``).join(', ')}; each \`static floor <page>\` is that page as plain HTML (scripts/static-floor.tsx).`,
    ...(measured('demo-ar')
      ? [
          `- demo-ar: the demo built with \`VITE_PUBLICATION=ar\` (the Arabic publication), its story \`${pagePath('demo-ar', 'story')}\`; \`static floor ar story\` is that story as plain HTML with the Arabic build's words, \`<html lang="ar" dir="rtl">\` and CSS, served by that build's server`,
        ]
      : []),
    lcpElementLine(rows),
    cpuShareLine(rows),
    ...(SERVER_RENDERED
      ? [
          `- ssr: the HTTP-API build served by its render server (\`node ${relative(ROOT, serverBundleOf(dirs.http))}\`, over the same API), pages and files alike; http: the same build as static files (scripts/serve.ts)`,
        ]
      : []),
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
  const sideBySide = deploymentTable(rows);
  const publications = publicationTable(rows);
  const sections = [
    ...host,
    '',
    `Calibrated (${multiplier}×):`,
    '',
    markdownTable(rows),
    ...(sideBySide.split('\n').length > 2
      ? ['', "Static hosting (http) and server-rendered (ssr) beside each page's floor (calibrated medians):", '', sideBySide]
      : []),
    ...(publications
      ? ['', "Each publication's demo story beside its own floor (calibrated medians; targets: the story's, issue 25):", '', publications]
      : []),
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
    writeDocSection(option('doc-section', COMPARE ? 'lighthouse-compare' : 'lighthouse'), sections.join('\n'));
    log(`wrote the results into ${DOC}`);
  }
  if (rows.some((row) => row.runs.length === 0)) process.exitCode = 1;
}

runBench(main);
