// `npm run wordpress`: a real WordPress (Debian's packages) on 127.0.0.1, installed and seeded from Lede's fixtures.
// Usage: npm run wordpress [-- start | --foreground | stop | status]. See docs/wordpress.md.
import { spawn } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { availableParallelism, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startMariadb } from './mariadb';
import { ensurePackages } from './packages';
import { isAlive, readState, recordPid, spawnDetached, stopAll, writeState, type RunState } from './processes';
import { buildSeedSpec } from './seed-spec';
import { layOutDocroot } from './site';

const HERE = dirname(fileURLToPath(import.meta.url));
const ROOT = resolve(HERE, '../..');
export const WP_PORT = Number(process.env.LEDE_WP_PORT ?? 8881);
export const WP_BASE_URL = `http://127.0.0.1:${WP_PORT}`;
export const STATE_DIR = process.env.LEDE_WP_STATE_DIR ?? join(tmpdir(), `lede-wordpress-${WP_PORT}`);
const PHP_WORKERS = process.env.LEDE_WP_WORKERS ?? '4';

const log = (line: string) => console.log(`wordpress: ${line}`);
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

function portIsFree(port: number): Promise<boolean> {
  return new Promise((done) => {
    const probe = createServer();
    probe.once('error', () => done(false));
    probe.listen(port, '127.0.0.1', () => probe.close(() => done(true)));
  });
}

/** Image sizes are GD work, CPU-bound: one PHP process per core. */
const SIZE_JOBS = Number(process.env.LEDE_WP_SEED_JOBS ?? Math.min(4, Math.max(2, availableParallelism())));

function runPhp(args: string[], what: string): Promise<void> {
  return new Promise((done, fail) => {
    const child = spawn('php', ['-d', 'memory_limit=512M', join(HERE, 'seed.php'), ...args]);
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.once('error', fail);
    child.once('close', (code) => {
      if (code !== 0) fail(new Error(`${what} failed (exit ${code}):\n${stderr || stdout.slice(-2000)}`));
      else {
        if (stdout.trim()) log(stdout.trim());
        done();
      }
    });
  });
}

async function waitForRest(url: string): Promise<void> {
  for (let waited = 0; waited < 30_000; waited += 200) {
    try {
      const response = await fetch(`${url}/wp-json/`);
      if (response.ok) return;
    } catch {
      // Not listening yet.
    }
    await sleep(200);
  }
  throw new Error(`WordPress did not answer ${url}/wp-json/ within 30 s; see ${join(STATE_DIR, 'php.log')}`);
}

/** Starts from nothing every time (after stopping a previous run's processes), so the seed is always the same. */
export async function start(): Promise<RunState> {
  const began = Date.now();
  const installed = ensurePackages(log);
  const afterPackages = Date.now();
  if (installed.length > 0) log(`packages installed in ${seconds(afterPackages - began)}`);
  if (await stopAll(STATE_DIR, log)) log(`stopped the previous run in ${seconds(Date.now() - afterPackages)}`);
  const afterStop = Date.now();
  if (!(await portIsFree(WP_PORT))) throw new Error(`port ${WP_PORT} is in use by another program; set LEDE_WP_PORT`);
  mkdirSync(STATE_DIR, { recursive: true });
  const base: Omit<RunState, 'pids'> = { baseUrl: WP_BASE_URL, port: WP_PORT, startedAt: new Date().toISOString() };
  writeState(STATE_DIR, { ...base, pids: {} });

  await startMariadb(STATE_DIR, (pid) => recordPid(STATE_DIR, base, 'mariadb', pid));
  const afterDb = Date.now();
  const docroot = layOutDocroot(STATE_DIR, WP_BASE_URL);
  // As a newsroom's host runs it, PHP's opcode cache is on (the CLI server has it off by default); router.php gzips
  // WordPress's answers.
  const production = ['-d', 'opcache.enable_cli=1'];
  const phpPid = spawnDetached(
    'php',
    [...production, '-S', `127.0.0.1:${WP_PORT}`, '-t', docroot, join(HERE, 'router.php')],
    join(STATE_DIR, 'php.log'),
    {
      ...process.env,
      PHP_CLI_SERVER_WORKERS: PHP_WORKERS,
    },
  );
  recordPid(STATE_DIR, base, 'php', phpPid);

  await runPhp(['install', docroot, WP_BASE_URL], 'wp_install');
  const afterInstall = Date.now();
  const specFile = join(STATE_DIR, 'seed.json');
  writeFileSync(specFile, JSON.stringify(buildSeedSpec(WP_BASE_URL, join(ROOT, 'public/images')), null, 2));
  await runPhp(['media', docroot, specFile], 'uploading photos');
  const afterMedia = Date.now();
  const jobs = Array.from({ length: SIZE_JOBS }, (_, job) => runPhp(['sizes', docroot, specFile, String(job), String(SIZE_JOBS)], 'image sizes'));
  await Promise.all(jobs);
  const afterSizes = Date.now();
  await runPhp(['posts', docroot, specFile], 'seeding posts');
  await waitForRest(WP_BASE_URL);
  const done = Date.now();
  log(
    `ready at ${WP_BASE_URL} (REST: ${WP_BASE_URL}/wp-json/wp/v2/posts) in ${seconds(done - afterStop)}: ` +
      `database ${seconds(afterDb - afterStop)}, wp_install ${seconds(afterInstall - afterDb)}, ` +
      `users/terms/uploads ${seconds(afterMedia - afterInstall)}, image sizes ${seconds(afterSizes - afterMedia)} (${SIZE_JOBS} jobs), ` +
      `posts ${seconds(done - afterSizes)}` +
      (installed.length > 0 ? `; with packages ${seconds(done - began)}` : ''),
  );
  log(`state and logs in ${STATE_DIR}; stop with \`npm run wordpress -- stop\``);
  return readState(STATE_DIR) ?? { ...base, pids: {} };
}

async function foreground(): Promise<void> {
  const state = await start();
  log('running in the foreground; Ctrl-C stops it');
  await new Promise<void>((done) => {
    // This interval also keeps Node running: signal listeners alone do not.
    const watch = setInterval(() => {
      const dead = Object.entries(state.pids).find(([, pid]) => !isAlive(pid));
      if (dead) finish(`${dead[0]} (pid ${dead[1]}) exited on its own; see the logs in ${STATE_DIR}`);
    }, 1000);
    function finish(why: string) {
      clearInterval(watch);
      log(why);
      done();
    }
    process.once('SIGINT', () => finish('SIGINT'));
    process.once('SIGTERM', () => finish('SIGTERM'));
  });
  await stopAll(STATE_DIR, log);
}

async function main(command: string): Promise<void> {
  switch (command) {
    case 'start':
      await start();
      return;
    case '--foreground':
    case 'foreground':
      await foreground();
      return;
    case 'stop':
      log((await stopAll(STATE_DIR, log)) ? 'stopped' : 'nothing was running');
      return;
    case 'status': {
      const state = readState(STATE_DIR);
      const running = state && Object.values(state.pids).length > 0 && Object.values(state.pids).every(isAlive);
      log(running ? `running at ${state.baseUrl} (pids ${JSON.stringify(state.pids)})` : 'not running');
      process.exitCode = running ? 0 : 1;
      return;
    }
    default:
      throw new Error(`unknown command "${command}"; use start (default), --foreground, stop or status`);
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const command = process.argv[2] ?? 'start';
  main(command).catch(async (error: unknown) => {
    console.error(`wordpress: ${error instanceof Error ? error.message : String(error)}`);
    if (command !== 'stop' && command !== 'status') {
      console.error('wordpress: stopping what this start had launched');
      await stopAll(STATE_DIR, log).catch(() => undefined);
    }
    process.exitCode = 1;
  });
}
