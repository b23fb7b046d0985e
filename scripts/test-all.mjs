// Runs every check and test suite (typecheck, lint, unit/component, builds + e2e in Chromium and in Firefox, e2e over a
// real WordPress) and prints one summary line; `--e2e` runs only the builds and the browser suites (other arguments go
// to Chromium's `playwright test` alone: `npm run test:e2e -- e2e/reading.spec.ts`).
// Every suite runs even when an earlier one fails, so the summary counts all of them.
// The browser suites take ports nobody else holds: each port variable the environment does not set (e2e/ports.ts) gets
// a free port here, once, before the HTTP-API build is compiled against its API's, and reaches the builds and
// Playwright through the environment. Meanwhile the suite holds the ports a running Lede takes (4173, 4174, 8787, 8881)
// itself where they are free, as `npm run preview`, `npm run api` or `npm run wordpress` would: nothing may need them.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { busyPorts, choosePorts, E2E_PORTS, freePort } from '../e2e/ports.ts';
import { buildE2eDemo, buildHttp, deployRows, firefoxRow, holdPorts, playwrightRow, readJson, row, run, runPlaywright, summarize } from './suite.mjs';

const CACHE = '.cache';
mkdirSync(CACHE, { recursive: true });
const VITEST_JSON = `${CACHE}/vitest-results.json`;
const PLAYWRIGHT_JSON = `${CACHE}/playwright-results.json`;
rmSync(VITEST_JSON, { force: true });
const onlyE2e = process.argv.includes('--e2e');
const playwrightArgs = process.argv.slice(2).filter((arg) => arg !== '--e2e' && arg !== '--');
/** The ports of a Lede running beside the suite: the README's preview and API, and `npm run wordpress`'s. */
const LEDE_PORTS = [4173, 4174, 8787, 8881];

const rows = [];

if (!onlyE2e) {
  // Checks count as one test each: a failing typecheck, lint or format check is a failure like any other.
  for (const [label, script] of [
    ['typecheck', 'typecheck'],
    ['lint', 'lint'],
    ['format', 'format:check'],
  ]) {
    rows.push(row(label, run(label, 'npm', ['run', '--silent', script])));
  }

  const unitOk = run('unit and component tests', 'npx', ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile=${VITEST_JSON}`]);
  const vitest = readJson(VITEST_JSON);
  if (vitest) {
    rows.push({
      suite: 'vitest',
      passed: vitest.numPassedTests,
      failed: vitest.numFailedTests + (unitOk || vitest.numFailedTests > 0 ? 0 : 1),
      skipped: vitest.numPendingTests + vitest.numTodoTests,
    });
  } else {
    rows.push(row('vitest', false));
  }
}

// Ports the environment names must be free; the others are chosen free.
const ports = await choosePorts(process.env, Object.keys(E2E_PORTS));
const given = Object.fromEntries(Object.entries(ports).filter(([name]) => process.env[name]));
const busy = await busyPorts(given);
// The suite's English builds are English whatever the shell carries (VITE_PUBLICATION=ar, a pseudo-locale): the Arabic
// and pseudo-locale builds below set their own.
const env = { ...process.env, ...ports, VITE_PUBLICATION: 'en', VITE_PSEUDO_LOCALE: 'false' };
const publicDemo = process.env.LEDE_DIST ?? 'dist';

// The demo builds are demo builds whatever the shell carries. The public demo is built as a shell that still sets the
// old VITE_LEDE_TEST_SWITCHES would build it: only the e2e build's mode turns switches on (e2e/public-demo/).
const demoBuildOk = run('public demo build', 'npx', ['vite', 'build'], {
  ...env,
  VITE_API_BASE_URL: '',
  VITE_LEDE_TEST_SWITCHES: 'true',
  LEDE_OUT_DIR: publicDemo,
});
rows.push(row('demo build', demoBuildOk));
// The e2e suite reads the demo built with its test switches (dist-e2e); the public demo has none.
const e2eBuildOk = buildE2eDemo(env);
rows.push(row('e2e demo build', e2eBuildOk));
const httpBuildOk = buildHttp(env);
rows.push(row('HTTP-API build', httpBuildOk));
// The Arabic demo and the English one with pseudo-localised words, both with the e2e build's test switches (projects
// `arabic` and `pseudo`, e2e/arabic/ and e2e/pseudo-locale/).
const arabicBuildOk = run('Arabic demo build for e2e', 'npx', ['vite', 'build', '--mode', 'e2e'], {
  ...env,
  VITE_API_BASE_URL: '',
  VITE_PUBLICATION: 'ar',
  LEDE_OUT_DIR: env.LEDE_DIST_AR_E2E ?? 'dist-ar-e2e',
});
rows.push(row('Arabic e2e demo build', arabicBuildOk));
const pseudoBuildOk = run('pseudo-locale demo build for e2e', 'npx', ['vite', 'build', '--mode', 'e2e'], {
  ...env,
  VITE_API_BASE_URL: '',
  VITE_PUBLICATION: 'en',
  VITE_PSEUDO_LOCALE: 'true',
  LEDE_OUT_DIR: env.LEDE_DIST_PSEUDO_E2E ?? 'dist-pseudo-e2e',
});
rows.push(row('pseudo-locale e2e demo build', pseudoBuildOk));
const buildOk = demoBuildOk && e2eBuildOk && httpBuildOk && arabicBuildOk && pseudoBuildOk;
if (demoBuildOk && !onlyE2e) rows.push(row('bundle budget', run('bundle budget (budget.json)', 'node', ['scripts/check-budget.mjs', publicDemo])));

const release = await holdPorts(LEDE_PORTS.filter((port) => !Object.values(ports).includes(String(port))));
try {
  if (busy.length > 0) {
    const why = `${busy.join(', ')}; unset the variable to let the suite choose a free port`;
    console.log(`\n✗ playwright did not start: ${why}`);
    rows.push({ suite: `playwright (did not start: ${why})`, passed: 0, failed: 1, skipped: 0 });
  } else if (!buildOk) {
    rows.push({ suite: 'playwright (did not start: a build failed)', passed: 0, failed: 1, skipped: 0 });
  } else {
    rows.push(playwrightRow('playwright', await runPlaywright('end-to-end tests', ['test', ...playwrightArgs], env, PLAYWRIGHT_JSON)));
    // The core journeys again in Firefox, over the same builds and ports (not when the Chromium run was narrowed).
    if (playwrightArgs.length === 0) rows.push(await firefoxRow(env));
    // The HTTP-API build behind Debian's nginx: deployed, its `deploy` project run, and stopped by PID.
    if (playwrightArgs.length === 0) rows.push(...(await deployRows(env, freePort)));
  }

  // Lede over a real WordPress: its own script starts it, builds over it, runs the `wordpress` projects and stops it.
  if (buildOk && !onlyE2e) {
    const WORDPRESS_ROWS = `${CACHE}/wordpress-rows.json`;
    rmSync(WORDPRESS_ROWS, { force: true });
    const wpOk = run('Lede over a real WordPress', 'node', ['scripts/test-wordpress.mjs', `--rows=${WORDPRESS_ROWS}`], env);
    const wpRows = readJson(WORDPRESS_ROWS);
    // The stage's own rows; a stage that died before writing them is one failure.
    if (Array.isArray(wpRows) && wpRows.length > 0) rows.push(...wpRows);
    else rows.push(row('wordpress', wpOk));
  }
} finally {
  await release();
}

const { line, ok } = summarize(rows);
writeFileSync(`${CACHE}/test-summary.txt`, `${line}\n`);
process.exit(ok ? 0 : 1);
