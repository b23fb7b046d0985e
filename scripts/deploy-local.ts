// `npm run deploy:local`: Lede as a newsroom would run it, on this machine: the HTTP-API build and the render server's
// bundle, the fixture content API, N render servers and Debian's nginx in front (deploy/nginx/, build/nginx.ts).
// Usage: npm run deploy:local [-- [start] [--static] [--servers N] [--server-port P] [--port 8080] [--no-build] [--no-api]]
//        npm run deploy:local -- stop [--port P]     (every deployment under .cache/deploy/ without --port)
//        npm run deploy:local -- status [--port P]
//        npm run --silent deploy:local -- config [--static] [--dist D] [--root R] [--prefix P] [--listen 80] [--upstream host:port …]
// Each deployment lives in .cache/deploy/<port>/ (state.json with every PID, nginx's prefix, logs). See docs/deploy.md.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { nginxConfig } from '../build/nginx.ts';
import { freePort, portIsFree } from '../e2e/ports.ts';
import { ensureNginx } from './deploy/packages.ts';
import { readState, start, stopDeployment, isRunning, writeState, type DeploymentState } from './deploy/processes.ts';
import { layOutSite, nginxFeatures } from './deploy/site.ts';

const ROOT = resolve(import.meta.dirname, '..');
const DEPLOYMENTS = join(ROOT, '.cache/deploy');
const log = (line: string) => console.log(`deploy: ${line}`);
const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    static: { type: 'boolean', default: false },
    servers: { type: 'string', default: '1' },
    /** The first render server's port (the others follow it); free ports when not given. */
    'server-port': { type: 'string' },
    port: { type: 'string' },
    host: { type: 'string', default: '127.0.0.1' },
    dist: { type: 'string', default: process.env.LEDE_DIST_HTTP ?? 'dist-http' },
    'api-port': { type: 'string', default: process.env.LEDE_API_PORT ?? '8787' },
    /** Serve the build as it is (the suite builds it once for every browser suite). */
    'no-build': { type: 'boolean', default: false },
    /** The content API is someone else's to run on --api-port (the suite's Playwright starts it). */
    'no-api': { type: 'boolean', default: false },
    /** `config` only: where nginx runs on the server, and what it listens on and proxies to. */
    prefix: { type: 'string', default: '/var/lib/lede-nginx' },
    root: { type: 'string' },
    listen: { type: 'string', default: '80' },
    upstream: { type: 'string', multiple: true, default: ['127.0.0.1:3000'] },
  },
});

const dist = resolve(ROOT, values.dist);
const serverBundle = `${dist}-ssr/server.js`;
const apiPort = Number(values['api-port']);
const dirOf = (port: number) => join(DEPLOYMENTS, String(port));

/** Runs a build step in the foreground; throws when it fails. */
function build(label: string, command: string, args: string[], env: NodeJS.ProcessEnv): void {
  log(label);
  if (spawnSync(command, args, { cwd: ROOT, stdio: 'inherit', env }).status !== 0) throw new Error(`${label} failed`);
}

/** The HTTP-API build against the API on --api-port (npm run build:http), and the render server's bundle beside it. */
function buildAll(withRenderServer: boolean): void {
  const env = { ...process.env, LEDE_DIST_HTTP: dist, LEDE_OUT_DIR: dist, VITE_API_BASE_URL: `http://127.0.0.1:${apiPort}/api` };
  build(`HTTP-API build into ${dist}`, 'npm', ['run', '--silent', 'build:http'], env);
  // build:http writes the render server's bundle too, where it is that recent.
  if (withRenderServer && !existsSync(serverBundle)) build(`render server into ${dist}-ssr`, 'npx', ['vite', 'build', '--ssr'], env);
}

/** Polls `url` until it answers (`ok`: with a 2xx), or throws after 30 s naming the log to read. */
async function waitFor(what: string, url: string, ok: boolean, logFile: string): Promise<void> {
  for (let waited = 0; waited < 30_000; waited += 200) {
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(2_000) });
      await response.arrayBuffer();
      if (!ok || response.ok) return;
    } catch {
      // Not listening yet.
    }
    await sleep(200);
  }
  throw new Error(`${what} did not answer ${url} within 30 s; see ${logFile}`);
}

async function startDeployment(port: number): Promise<void> {
  const variant = values.static ? 'static' : 'render';
  const servers = Number(values.servers);
  if (variant === 'render' && !(servers >= 1)) throw new Error(`--servers ${values.servers}: give at least 1`);
  const dir = dirOf(port);
  if (await stopDeployment(dir, log)) log(`stopped the previous deployment on port ${port}`);
  const installed = ensureNginx(log);
  if (installed.length > 0) log(`installed ${installed.join(', ')}`);
  if (!values['no-build']) buildAll(variant === 'render' && existsSync(join(ROOT, 'src/server/main.ts')));
  if (!existsSync(join(dist, '_headers'))) throw new Error(`no build in ${dist}: run without --no-build`);
  if (variant === 'render' && !existsSync(serverBundle)) {
    throw new Error(
      `the render server's bundle ${serverBundle} is missing (vite build --ssr writes it); \`npm run deploy:local -- --static\` deploys without one`,
    );
  }
  const needed: Array<[string, number]> = [['nginx', port], ...(values['no-api'] ? [] : [['the content API', apiPort] as [string, number]])];
  for (const [what, taken] of needed) {
    if (!(await portIsFree(taken))) throw new Error(`port ${taken} (${what}) is in use; choose another with --port or --api-port`);
  }

  rmSync(dir, { recursive: true, force: true });
  mkdirSync(join(dir, 'logs'), { recursive: true });
  const url = `http://${values.host}:${port}`;
  const first = values['server-port'] ? Number(values['server-port']) : undefined;
  const renderPorts =
    variant === 'static' ? [] : await Promise.all(Array.from({ length: servers }, (_, index) => (first ? first + index : freePort())));
  const renderServers = renderPorts.map((renderPort) => `http://127.0.0.1:${renderPort}`);
  const state: DeploymentState = { variant, url, port, renderServers, startedAt: new Date().toISOString(), processes: [] };
  writeState(dir, state);
  const features = nginxFeatures();
  const site = layOutSite({ variant, dir, dist, listen: `${values.host}:${port}`, upstreams: renderPorts.map((p) => `127.0.0.1:${p}`), features });
  log(
    `site in ${site.root} (${site.compressed} files pre-compressed; gzip_static ${features.gzipStatic ? 'on' : 'off'}, brotli_static ${features.brotliModule ? 'on' : 'off: no module'})`,
  );

  if (!values['no-api']) {
    const apiLog = join(dir, 'logs/api.log');
    start(dir, state, 'api', process.execPath, ['--import', 'tsx', join(ROOT, 'scripts/api-server.ts')], apiLog, {
      ...process.env,
      LEDE_API_PORT: String(apiPort),
    });
    await waitFor('the content API', `http://127.0.0.1:${apiPort}/api/front`, true, apiLog);
    log(`content API on http://127.0.0.1:${apiPort}/api`);
  }
  for (const [index, renderPort] of renderPorts.entries()) {
    const name = `render-${index + 1}`;
    const renderLog = join(dir, `logs/${name}.log`);
    const args = [serverBundle, '--dist', dist, '--port', String(renderPort), '--host', '127.0.0.1', '--origin', url];
    start(dir, state, name, process.execPath, args, renderLog);
    // Any answer will do: without the content API (--no-api, not started yet) a page is a 5xx, and that is an answer.
    await waitFor(name, `http://127.0.0.1:${renderPort}/`, false, renderLog);
    log(`${name} on http://127.0.0.1:${renderPort}`);
  }
  const nginxLog = join(dir, 'logs/error.log');
  start(dir, state, 'nginx', features.binary, ['-p', `${dir}/`, '-c', site.config, '-e', nginxLog], join(dir, 'logs/nginx.out'));
  await waitFor('nginx', `${url}/`, variant === 'static', nginxLog);
  log(`Lede (${variant === 'render' ? `nginx in front of ${servers} render server${servers > 1 ? 's' : ''}` : 'static, nginx'}) at ${url}/`);
  log(`state and logs in ${dir}; stop with \`npm run deploy:local -- stop${port === 8080 ? '' : ` --port ${port}`}\``);
}

/** The deployments a stop or status is about: --port's, else every one recorded. */
function deploymentPorts(): number[] {
  if (values.port) return [Number(values.port)];
  return existsSync(DEPLOYMENTS)
    ? readdirSync(DEPLOYMENTS)
        .filter((name) => /^\d+$/.test(name))
        .map(Number)
    : [];
}

async function main(command: string): Promise<void> {
  switch (command) {
    case 'start':
      await startDeployment(Number(values.port ?? 8080));
      return;
    case 'stop': {
      let stopped = false;
      for (const port of deploymentPorts()) {
        stopped = (await stopDeployment(dirOf(port), log)) || stopped;
        // Logs stay for reading; the state, the pid file and the copy go.
        for (const name of ['state.json', 'nginx.pid', 'root', 'temp', 'cache']) rmSync(join(dirOf(port), name), { recursive: true, force: true });
      }
      log(stopped ? 'stopped' : 'nothing was running');
      return;
    }
    case 'config': {
      // A server's nginx.conf, for this machine's nginx (its modules), from the build's `_headers`.
      const { gzipStatic, brotliModule } = nginxFeatures();
      const variant = values.static ? 'static' : 'render';
      const { prefix, listen, upstream: upstreams } = values;
      const headers = readFileSync(join(dist, '_headers'), 'utf8');
      process.stdout.write(
        nginxConfig(headers, { variant, prefix, root: resolve(values.root ?? dist), listen, upstreams, gzipStatic, brotliModule }),
      );
      return;
    }
    case 'status': {
      const running = deploymentPorts()
        .map((port) => readState(dirOf(port)))
        .filter((state): state is DeploymentState => state !== null && state.processes.length > 0 && state.processes.every(isRunning));
      for (const state of running)
        log(`${state.variant} at ${state.url} (pids ${state.processes.map(({ name, pid }) => `${name} ${pid}`).join(', ')})`);
      if (running.length === 0) log('not running');
      process.exitCode = running.length > 0 ? 0 : 1;
      return;
    }
    default:
      throw new Error(`unknown command "${command}"; use start (default), stop, status or config`);
  }
}

const command = positionals[0] ?? 'start';
main(command).catch(async (error: unknown) => {
  console.error(`deploy: ${error instanceof Error ? error.message : String(error)}`);
  if (command === 'start') {
    console.error('deploy: stopping what this start had launched');
    await stopDeployment(dirOf(Number(values.port ?? 8080)), log).catch(() => undefined);
  }
  process.exitCode = 1;
});
