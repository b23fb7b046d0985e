// CI's WordPress stage (run by scripts/test-all.mjs, or alone): starts the seeded WordPress (installing Debian's
// packages if missing), builds Lede over it into dist-wordpress and dist-wordpress-plain (LEDE_DIST_WORDPRESS,
// LEDE_DIST_WORDPRESS_PLAIN) with the render server beside the first (<dist>-ssr/server.js), starts that server over it
// (LEDE_WORDPRESS_SERVER_URL), runs Playwright's `wordpress` projects, and stops the render server by its PID and
// WordPress by the PIDs its start recorded, also on failure or a signal. `--rows=FILE` writes the suite rows as JSON.
// WordPress and the builds' servers take the ports the environment names, else free ones chosen here (e2e/ports.ts),
// so a WordPress a developer runs (`npm run wordpress`, 8881, its own state) is neither needed nor stopped.
import { spawn } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { choosePorts, freePort } from '../e2e/ports.ts';
import { playwrightRow, row, run, runPlaywright } from './suite.mjs';

const rowsFile = process.argv.find((arg) => arg.startsWith('--rows='))?.slice('--rows='.length);
const PLAYWRIGHT_JSON = '.cache/playwright-results.json';
const port = process.env.LEDE_WP_PORT ?? String(await freePort());
const siteUrl = `http://127.0.0.1:${port}`;
const env = {
  ...process.env,
  ...(await choosePorts(process.env, ['LEDE_E2E_WORDPRESS_PORT', 'LEDE_E2E_WORDPRESS_PLAIN_PORT'])),
  LEDE_WP_PORT: port,
  // One state folder for the suite's runs, whichever port they took: each start stops what the last one left.
  LEDE_WP_STATE_DIR: process.env.LEDE_WP_STATE_DIR ?? join(tmpdir(), 'lede-wordpress-suite'),
};
const dist = process.env.LEDE_DIST_WORDPRESS ?? 'dist-wordpress';
const rows = [];

/** The render server over `dist` on a free port; resolves to it once it answers, or null (its output says why). */
async function startRenderServer() {
  const serverPort = await freePort();
  const url = `http://127.0.0.1:${serverPort}`;
  const args = [`${dist}-ssr/server.js`, '--dist', dist, '--port', String(serverPort), '--origin', url];
  console.log(`\n▶ render server over ${dist}: node ${args.join(' ')}`);
  const child = spawn(process.execPath, args, { stdio: 'inherit', env });
  for (let waited = 0; waited < 20_000 && child.exitCode === null; waited += 200) {
    // A file of the build, which the server answers itself: up, without asking WordPress for anything.
    if (
      await fetch(`${url}/sw.js`).then(
        (response) => response.ok,
        () => false,
      )
    )
      return { child, url };
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  child.kill('SIGTERM');
  return null;
}

let renderServer = null;
const step = (label, command, args, extraEnv = {}) => run(label, command, args, { ...env, ...extraEnv });
const stopWordPress = () => step('stop WordPress', 'npm', ['run', '--silent', 'wordpress', '--', 'stop']);
/** Our own child, stopped by its PID: SIGTERM (it ends once its open requests are answered), SIGKILL after 5 s. */
async function stopRenderServer() {
  const child = renderServer?.child;
  if (!child || child.exitCode !== null || child.signalCode !== null) return;
  console.log(`\n▶ stop the render server (PID ${child.pid})`);
  const ended = new Promise((resolve) => child.once('exit', () => resolve(true)));
  process.kill(child.pid, 'SIGTERM');
  if (!(await Promise.race([ended, new Promise((resolve) => setTimeout(resolve, 5_000, false))]))) process.kill(child.pid, 'SIGKILL');
}
const onSignal = (signal) => {
  if (renderServer?.child.exitCode === null) process.kill(renderServer.child.pid, 'SIGTERM');
  stopWordPress();
  process.exit(signal === 'SIGINT' ? 130 : 143);
};
process.once('SIGINT', onSignal);
process.once('SIGTERM', onSignal);

try {
  const started = Date.now();
  const up = step('WordPress (packages if missing, start, seed)', 'npm', ['run', '--silent', 'wordpress']);
  console.log(`\nWordPress set-up took ${((Date.now() - started) / 1000).toFixed(1)} s`);
  rows.push(row('wordpress set-up', up));
  const built =
    up &&
    step('build over WordPress, and its render server', 'npm', ['run', '--silent', 'build:wordpress'], {
      VITE_WORDPRESS_URL: siteUrl,
      LEDE_OUT_DIR: dist,
    });
  const builtPlain =
    built &&
    step('build over WordPress, plain permalinks', 'npm', ['run', '--silent', 'build:wordpress'], {
      VITE_WORDPRESS_URL: siteUrl,
      VITE_WORDPRESS_PERMALINKS: 'plain',
      LEDE_OUT_DIR: process.env.LEDE_DIST_WORDPRESS_PLAIN ?? 'dist-wordpress-plain',
    });
  if (up) rows.push(row('wordpress build', built && builtPlain));
  if (built) {
    renderServer = await startRenderServer();
    rows.push(row('wordpress render server', renderServer !== null));
  }
  if (built && builtPlain) {
    const result = await runPlaywright(
      'end-to-end tests over WordPress',
      ['test', '--project=wordpress', '--project=wordpress-plain'],
      {
        ...env,
        LEDE_WORDPRESS_URL: siteUrl,
        ...(renderServer ? { LEDE_WORDPRESS_SERVER_URL: renderServer.url } : {}),
      },
      PLAYWRIGHT_JSON,
    );
    rows.push(playwrightRow('playwright (wordpress)', result));
  }
} finally {
  await stopRenderServer();
  stopWordPress();
}

for (const { suite, passed, failed, skipped } of rows) console.log(`  ${suite.padEnd(36)} ${passed} passed, ${failed} failed, ${skipped} skipped`);
if (rowsFile) {
  mkdirSync(dirname(rowsFile), { recursive: true });
  writeFileSync(rowsFile, JSON.stringify(rows));
}
process.exit(rows.every((r) => r.failed === 0) ? 0 : 1);
