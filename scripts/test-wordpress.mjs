// CI's WordPress stage (run by scripts/test-all.mjs, or alone): starts the seeded WordPress (installing Debian's
// packages if missing), builds Lede over it into dist-wordpress, runs Playwright's `wordpress` project, and stops
// WordPress by the PIDs its start recorded, also on failure or a signal. `--rows=FILE` writes the suite rows as JSON.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

const rowsFile = process.argv.find((arg) => arg.startsWith('--rows='))?.slice('--rows='.length);
const PLAYWRIGHT_JSON = '.cache/playwright-results.json';
const port = process.env.LEDE_WP_PORT ?? '8881';
const siteUrl = `http://127.0.0.1:${port}`;
const env = { ...process.env, LEDE_WP_PORT: port };
const rows = [];

const run = (label, command, args, extraEnv = {}) => {
  console.log(`\n▶ ${label}: ${command} ${args.join(' ')}`);
  return spawnSync(command, args, { stdio: 'inherit', env: { ...env, ...extraEnv } }).status === 0;
};
const row = (suite, ok) => rows.push({ suite, passed: ok ? 1 : 0, failed: ok ? 0 : 1, skipped: 0 });
const stop = () => run('stop WordPress', 'npm', ['run', '--silent', 'wordpress', '--', 'stop']);
const onSignal = (signal) => {
  stop();
  process.exit(signal === 'SIGINT' ? 130 : 143);
};
process.once('SIGINT', onSignal);
process.once('SIGTERM', onSignal);

try {
  const started = Date.now();
  const up = run('WordPress (packages if missing, start, seed)', 'npm', ['run', '--silent', 'wordpress']);
  console.log(`\nWordPress set-up took ${((Date.now() - started) / 1000).toFixed(1)} s`);
  row('wordpress set-up', up);
  const built = up && run('build over WordPress', 'npm', ['run', '--silent', 'build:wordpress'], { VITE_WORDPRESS_URL: siteUrl });
  const builtPlain =
    built &&
    run('build over WordPress, plain permalinks', 'npm', ['run', '--silent', 'build:wordpress'], {
      VITE_WORDPRESS_URL: siteUrl,
      VITE_WORDPRESS_PERMALINKS: 'plain',
      LEDE_OUT_DIR: 'dist-wordpress-plain',
    });
  if (up) row('wordpress build', built && builtPlain);
  if (built && builtPlain) {
    rmSync(PLAYWRIGHT_JSON, { force: true });
    const passed = run('end-to-end tests over WordPress', 'npx', ['playwright', 'test', '--project=wordpress', '--project=wordpress-plain'], {
      LEDE_WORDPRESS_URL: siteUrl,
    });
    let report = null;
    try {
      report = JSON.parse(readFileSync(PLAYWRIGHT_JSON, 'utf8'));
    } catch {
      // no report: counted as one failure below
    }
    if (report?.stats) {
      const { expected, unexpected, flaky, skipped } = report.stats;
      rows.push({ suite: 'playwright (wordpress)', passed: expected + flaky, failed: unexpected + (passed || unexpected > 0 ? 0 : 1), skipped });
    } else row('playwright (wordpress)', false);
  }
} finally {
  stop();
}

for (const { suite, passed, failed, skipped } of rows) console.log(`  ${suite.padEnd(36)} ${passed} passed, ${failed} failed, ${skipped} skipped`);
if (rowsFile) {
  mkdirSync(dirname(rowsFile), { recursive: true });
  writeFileSync(rowsFile, JSON.stringify(rows));
}
process.exit(rows.every((r) => r.failed === 0) ? 0 : 1);
