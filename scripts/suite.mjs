// What the test entry points (scripts/test-all.mjs, scripts/test-wordpress.mjs, scripts/test-firefox.mjs) share: running
// a step, the builds the browser suites read, a suite's rows, a Playwright run's rows (one line saying why when it did
// not start), the Firefox suite, the closing summary, and holding the ports a running Lede would take.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { stripVTControlCharacters } from 'node:util';

/** Runs one step with its output shown; true when it exits 0. */
export function run(label, command, args, env = process.env) {
  console.log(`\n▶ ${label}: ${command} ${args.join(' ')}`);
  return spawnSync(command, args, { stdio: 'inherit', env }).status === 0;
}

export function readJson(path) {
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    return null;
  }
}

/** A check that counts as one test. */
export const row = (suite, ok) => ({ suite, passed: ok ? 1 : 0, failed: ok ? 0 : 1, skipped: 0 });

/** The demo built with its test switches (build:e2e, into LEDE_DIST_E2E or dist-e2e). */
export function buildE2eDemo(env) {
  return run('demo build for e2e, with test switches', 'npm', ['run', '--silent', 'build:e2e'], { ...env, VITE_API_BASE_URL: '' });
}

/** The HTTP-API build (build:http, into LEDE_DIST_HTTP or dist-http), compiled against the content API on env's LEDE_API_PORT. */
export function buildHttp(env) {
  const apiBase = `http://127.0.0.1:${env.LEDE_API_PORT}/api`;
  return run(`HTTP-API build (real content API on ${apiBase})`, 'npm', ['run', '--silent', 'build:http'], { ...env, VITE_API_BASE_URL: apiBase });
}

/** Output kept to say why a run did not start: its start is where that is said. */
const KEPT_OUTPUT = 64 * 1024;

/** Runs Playwright with its output shown as it comes, keeping the start of it; `report` is its JSON report's path. */
export function runPlaywright(label, args, env, report) {
  console.log(`\n▶ ${label}: npx playwright ${args.join(' ')}`);
  rmSync(report, { force: true });
  return new Promise((resolve) => {
    const child = spawn('npx', ['playwright', ...args], { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    const keep = (stream) => (chunk) => {
      stream.write(chunk);
      if (output.length < KEPT_OUTPUT) output += chunk.toString();
    };
    child.stdout.on('data', keep(process.stdout));
    child.stderr.on('data', keep(process.stderr));
    child.once('error', (error) => resolve({ ok: false, output: `Error: ${error.message}`, report }));
    child.once('close', (code) => resolve({ ok: code === 0, output, report }));
  });
}

/** The first error Playwright printed, in one line: why a run ended without a report (a web server that did not start). */
export function startFailure(output) {
  const lines = stripVTControlCharacters(output).split('\n');
  return lines.find((line) => /^\s*Error: /.test(line))?.trim() ?? 'it ended without a report';
}

/**
 * A Playwright run's row from its JSON report. A run that failed before any test ran did not start (a web server that
 * could not, a port in use): its row and one line say why, from the report's first error or else Playwright's output.
 */
export function playwrightRow(suite, { ok, output, report }) {
  const json = readJson(report);
  const stats = json?.stats;
  if (stats && (ok || stats.expected + stats.unexpected + stats.flaky > 0)) {
    const { expected, unexpected, flaky, skipped } = stats;
    return { suite, passed: expected + flaky, failed: unexpected + (ok || unexpected > 0 ? 0 : 1), skipped };
  }
  const reported = json?.errors?.[0]?.message;
  const why = reported ? stripVTControlCharacters(reported).trim().split('\n')[0] : startFailure(output);
  console.log(`\n✗ ${suite} did not start: ${why}`);
  return { suite: `${suite} (did not start: ${why})`, passed: 0, failed: 1, skipped: 0 };
}

/** The Firefox suite (e2e/firefox/, its own Playwright config) over the builds above, on env's ports: its row. */
export async function firefoxRow(env, args = []) {
  const report = '.cache/firefox-results.json';
  return playwrightRow(
    'firefox',
    await runPlaywright('Firefox ESR journeys', ['test', '--config=e2e/firefox/firefox.config.ts', ...args], env, report),
  );
}

/** Prints each suite's row and the closing `N passed, M failed` line; returns that line and whether all passed. */
export function summarize(rows) {
  const total = rows.reduce((sum, r) => ({ passed: sum.passed + r.passed, failed: sum.failed + r.failed, skipped: sum.skipped + r.skipped }), {
    passed: 0,
    failed: 0,
    skipped: 0,
  });
  console.log('\nSuites:');
  for (const r of rows) console.log(`  ${r.suite.padEnd(36)} ${r.passed} passed, ${r.failed} failed, ${r.skipped} skipped`);
  const line = `${total.passed} passed, ${total.failed} failed${total.skipped ? `, ${total.skipped} skipped` : ''}`;
  console.log(line);
  return { line, ok: total.failed === 0 && total.passed > 0 };
}

/**
 * Listens on each of `ports` of 127.0.0.1 that is free, as `npm run preview`, `npm run api` or `npm run wordpress`
 * would, so a suite run meanwhile proves it needs none of them; resolves to how to let them go.
 */
export async function holdPorts(ports) {
  const held = [];
  for (const port of ports) {
    const server = createServer((socket) => socket.destroy());
    const listening = await new Promise((resolve) => {
      server.once('error', () => resolve(false));
      server.listen(port, '127.0.0.1', () => resolve(true));
    });
    if (listening) held.push(server);
  }
  return () => Promise.all(held.map((server) => new Promise((resolve) => server.close(resolve))));
}

/**
 * Lede behind Debian's nginx (`npm run deploy:local`, e2e/deploy/): over the HTTP-API build and its render server's
 * bundle, a static deployment and one with two render servers on free ports (`freePort`, e2e/ports.ts), the
 * `deploy` project against them (their content API is Playwright's, on env's LEDE_API_PORT, which the build was
 * compiled against), then both stopped by PID, also when something failed or the run is interrupted. Its rows.
 */
export async function deployRows(env, freePort) {
  const dist = env.LEDE_DIST_HTTP ?? 'dist-http';
  const [staticPort, renderPort] = [await freePort(), await freePort()];
  const deploy = (label, args) => run(label, 'npm', ['run', '--silent', 'deploy:local', '--', ...args], env);
  const stop = () => [staticPort, renderPort].forEach((port) => deploy(`stop the deployment on ${port}`, ['stop', '--port', String(port)]));
  const onSignal = (signal) => {
    stop();
    process.exit(signal === 'SIGINT' ? 130 : 143);
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  const rows = [];
  try {
    const given = ['--no-build', '--no-api', '--dist', dist, '--api-port', env.LEDE_API_PORT];
    const staticUp = deploy('static deployment behind nginx', [...given, '--static', '--port', String(staticPort)]);
    // build:http (buildHttp) writes the render server's bundle beside the build, where it is that recent.
    const serverBuilt =
      existsSync(`${dist}-ssr/server.js`) ||
      run('render server build', 'npx', ['vite', 'build', '--ssr'], {
        ...env,
        LEDE_OUT_DIR: dist,
        VITE_API_BASE_URL: `http://127.0.0.1:${env.LEDE_API_PORT}/api`,
      });
    const renderUp = serverBuilt && deploy('render deployment behind nginx', [...given, '--servers', '2', '--port', String(renderPort)]);
    rows.push(row('deploy: static nginx', staticUp), row('deploy: render servers behind nginx', renderUp));
    if (staticUp) {
      const deployed = {
        LEDE_DEPLOY_STATIC_URL: `http://127.0.0.1:${staticPort}`,
        ...(renderUp ? { LEDE_DEPLOY_URL: `http://127.0.0.1:${renderPort}` } : {}),
      };
      const result = await runPlaywright(
        'Lede behind nginx',
        ['test', '--project=deploy'],
        { ...env, ...deployed },
        '.cache/playwright-results.json',
      );
      rows.push(playwrightRow('playwright (deploy)', result));
    }
  } finally {
    stop();
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
  }
  return rows;
}
