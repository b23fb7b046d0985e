// Runs every check and test suite (typecheck, lint, unit/component, build + e2e, e2e over a real WordPress) and prints
// one summary line.
// Every suite runs even when an earlier one fails, so the summary counts all of them.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';

const CACHE = '.cache';
mkdirSync(CACHE, { recursive: true });
const VITEST_JSON = `${CACHE}/vitest-results.json`;
const PLAYWRIGHT_JSON = `${CACHE}/playwright-results.json`;
rmSync(VITEST_JSON, { force: true });
rmSync(PLAYWRIGHT_JSON, { force: true });

function run(label, command, args) {
  console.log(`\n▶ ${label}: ${command} ${args.join(' ')}`);
  const result = spawnSync(command, args, { stdio: 'inherit', env: process.env });
  return result.status === 0;
}

function readJson(path) {
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    return null;
  }
}

const rows = [];

// Checks count as one test each: a failing typecheck, lint or format check is a failure like any other.
for (const [label, script] of [
  ['typecheck', 'typecheck'],
  ['lint', 'lint'],
  ['format', 'format:check'],
]) {
  const ok = run(label, 'npm', ['run', '--silent', script]);
  rows.push({ suite: label, passed: ok ? 1 : 0, failed: ok ? 0 : 1, skipped: 0 });
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
  rows.push({ suite: 'vitest', passed: 0, failed: 1, skipped: 0 });
}

const demoBuildOk = run('demo build', 'npx', ['vite', 'build']);
rows.push({ suite: 'demo build', passed: demoBuildOk ? 1 : 0, failed: demoBuildOk ? 0 : 1, skipped: 0 });
// The e2e suite reads the demo built with its test switches (dist-e2e); dist, the demo a visitor gets, has none.
const e2eBuildOk = run('demo build for e2e, with test switches', 'npm', ['run', '--silent', 'build:e2e']);
rows.push({ suite: 'e2e demo build', passed: e2eBuildOk ? 1 : 0, failed: e2eBuildOk ? 0 : 1, skipped: 0 });
const liveBuildOk = run('HTTP-API build (real content API on 127.0.0.1:8787)', 'npm', ['run', '--silent', 'build:http']);
rows.push({ suite: 'HTTP-API build', passed: liveBuildOk ? 1 : 0, failed: liveBuildOk ? 0 : 1, skipped: 0 });
const buildOk = demoBuildOk && e2eBuildOk && liveBuildOk;
if (demoBuildOk) {
  const budgetOk = run('bundle budget (budget.json)', 'node', ['scripts/check-budget.mjs', 'dist']);
  rows.push({ suite: 'bundle budget', passed: budgetOk ? 1 : 0, failed: budgetOk ? 0 : 1, skipped: 0 });
}

if (buildOk) {
  const e2eOk = run('end-to-end tests', 'npx', ['playwright', 'test']);
  const report = readJson(PLAYWRIGHT_JSON);
  if (report?.stats) {
    const { expected, unexpected, flaky, skipped } = report.stats;
    rows.push({ suite: 'playwright', passed: expected + flaky, failed: unexpected + (e2eOk || unexpected > 0 ? 0 : 1), skipped });
  } else {
    rows.push({ suite: 'playwright', passed: 0, failed: 1, skipped: 0 });
  }
} else {
  rows.push({ suite: 'playwright (not run: build failed)', passed: 0, failed: 1, skipped: 0 });
}

// Lede over a real WordPress: its own script starts it, builds over it, runs the `wordpress` project and stops it.
if (buildOk) {
  const WORDPRESS_ROWS = `${CACHE}/wordpress-rows.json`;
  rmSync(WORDPRESS_ROWS, { force: true });
  const wpOk = run('Lede over a real WordPress', 'node', ['scripts/test-wordpress.mjs', `--rows=${WORDPRESS_ROWS}`]);
  const wpRows = readJson(WORDPRESS_ROWS);
  // The stage's own rows; a stage that died before writing them is one failure.
  if (Array.isArray(wpRows) && wpRows.length > 0) rows.push(...wpRows);
  else rows.push({ suite: 'wordpress', passed: 0, failed: wpOk ? 0 : 1, skipped: 0 });
}

const total = rows.reduce((sum, row) => ({ passed: sum.passed + row.passed, failed: sum.failed + row.failed, skipped: sum.skipped + row.skipped }), {
  passed: 0,
  failed: 0,
  skipped: 0,
});

console.log('\nSuites:');
for (const row of rows) console.log(`  ${row.suite.padEnd(36)} ${row.passed} passed, ${row.failed} failed, ${row.skipped} skipped`);
const summary = `${total.passed} passed, ${total.failed} failed${total.skipped ? `, ${total.skipped} skipped` : ''}`;
writeFileSync(`${CACHE}/test-summary.txt`, `${summary}\n`);
console.log(summary);
process.exit(total.failed === 0 && total.passed > 0 ? 0 : 1);
