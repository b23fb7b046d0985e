// `npm run bench:server`: the render server's throughput for a story page on loopback, cold (every request a render)
// and cached, with its memory before and after 10,000 requests; printed and written into docs/performance.md.
// Usage: tsx scripts/bench-server.ts [--reuse-builds] [--seconds 10] [--connections 10] [--requests 10000]
//        [--max-seconds 180] [--story harbour-bridge-reopens] [--no-docs]
import { execFileSync } from 'node:child_process';
import { cpus, loadavg, totalmem } from 'node:os';
import { resolve } from 'node:path';
import { freePort } from '../e2e/ports';
import { flag, option } from './bench/cli';
import { writeDocSection } from './bench/docs';
import { otherWorkAtStart } from './bench/load';
import { isFree, log, runBench, startScript, waitForHttp } from './bench/processes';
import { runLoad } from './bench/server-load';
import { CLIENT_DIR, buildWithServer, builtApiBase, memoryNow, startRenderServer } from './bench/server-process';
import { caseTable, memoryTable, outcomeList, summarize, type CaseSummary, type LoadResult, type MemoryPoint } from './bench/server-report';

const ROOT = resolve(import.meta.dirname, '..');
const whole = (name: string, fallback: number) => {
  const value = Number(option(name, String(fallback)));
  if (!Number.isInteger(value) || value <= 0) throw new Error(`--${name} must be a whole number above 0.`);
  return value;
};
const SECONDS = whole('seconds', 10);
const CONNECTIONS = whole('connections', 10);
const TARGET_REQUESTS = whole('requests', 10_000);
/** However the server fares, the load ends this long after it began (builds and start-up not counted). */
const MAX_SECONDS = whole('max-seconds', 180);
const STORY = option('story', 'harbour-bridge-reopens');
const PAGE = `/story/${encodeURIComponent(STORY)}`;
const WARM_UP_REQUESTS = 20;

const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#x27;' })[c] as string);

/** The page must be the story, server-rendered, or its figures would measure something else (an error page, the shell). */
async function checkStoryPage(origin: string, apiBase: string): Promise<void> {
  const story = (await (await fetch(`${apiBase}/stories/${encodeURIComponent(STORY)}`)).json()) as { headline?: string };
  const response = await fetch(origin + PAGE);
  const html = await response.text();
  if (response.status !== 200 || !response.headers.get('x-lede-render') || !story.headline || !html.includes(escapeHtml(story.headline)))
    throw new Error(
      `${origin}${PAGE} did not answer the server-rendered story (status ${response.status}, x-lede-render ${response.headers.get('x-lede-render')}).`,
    );
}

const answeredBy = (result: LoadResult) => Object.values(result.statuses).reduce((total, n) => total + n, 0);

async function main() {
  const loadAtStart = loadavg()[0] ?? 0;
  let apiBase: string;
  if (flag('reuse-builds')) {
    apiBase = builtApiBase();
    log(`--reuse-builds: ${CLIENT_DIR} and its server, built over ${apiBase}`);
  } else {
    apiBase = `http://127.0.0.1:${await freePort()}/api`;
    log(`building the HTTP-API build over ${apiBase} and its render server into ${CLIENT_DIR}(-ssr)`);
    buildWithServer(apiBase);
  }
  const apiPort = new URL(apiBase).port;
  if (!(await isFree(Number(apiPort))))
    throw new Error(`Port ${apiPort}, where the builds read the content API, is in use: build again (without --reuse-builds).`);
  startScript('scripts/api-server.ts', [], { LEDE_API_PORT: apiPort, LEDE_API_HOST: '127.0.0.1' });
  const port = await freePort();
  const server = startRenderServer(port);
  const origin = `http://127.0.0.1:${port}`;
  await Promise.all([waitForHttp(`${apiBase}/stories/${encodeURIComponent(STORY)}`), waitForHttp(`${origin}/robots.txt`)]);
  log(`fixture API at ${apiBase}, render server (pid ${server.pid}) at ${origin}`);

  const points: MemoryPoint[] = [{ when: 'started (it answered robots.txt), before any page', answered: 0, memory: memoryNow(server.pid) }];
  await checkStoryPage(origin, apiBase);
  let answered = 1;
  const loadBegan = Date.now();
  const left = () => Math.max(0, loadBegan + MAX_SECONDS * 1000 - Date.now());
  const measure = async (label: string, pathFor: (index: number) => string, durationMs: number, maxRequests?: number) => {
    log(
      `${label}: ${PAGE}, ${CONNECTIONS} connections, ${maxRequests === undefined ? `${(durationMs / 1000).toFixed(0)} s` : `${maxRequests} requests within ${(durationMs / 1000).toFixed(0)} s`}`,
    );
    const result = await runLoad({ origin, pathFor, connections: CONNECTIONS, durationMs, maxRequests });
    answered += answeredBy(result);
    return result;
  };

  // Warm-up: the route's modules loaded and the renderer's code compiled before anything is measured.
  await measure('warm-up', (i) => `${PAGE}?warm=${i}`, Math.min(5000, left()), WARM_UP_REQUESTS);
  points.push({ when: 'after the check and the warm-up', answered, memory: memoryNow(server.pid) });

  // Cold: the cache keys on path and query, so a new query string makes every request a miss and a whole render.
  const cases: CaseSummary[] = [];
  const cold = await measure('cold', (i) => `${PAGE}?n=${i}`, Math.min(SECONDS * 1000, left()));
  cases.push(summarize(`cold: \`${PAGE}?n=<i>\`, every request a new address`, cold));
  points.push({ when: 'after the cold case', answered, memory: memoryNow(server.pid) });

  const cached = await measure('cached', () => PAGE, Math.min(SECONDS * 1000, left()));
  cases.push(summarize(`cached: \`${PAGE}\`, one address`, cached));
  points.push({ when: 'after the cached case', answered, memory: memoryNow(server.pid) });

  if (answered < TARGET_REQUESTS) {
    await measure('up to the request count', () => PAGE, left(), TARGET_REQUESTS - answered);
    const when =
      answered >= TARGET_REQUESTS
        ? 'after the rest, to the one address'
        : `stopped by --max-seconds short of ${TARGET_REQUESTS.toLocaleString('en-GB')} requests`;
    points.push({ when, answered, memory: memoryNow(server.pid) });
  }
  const loadAtEnd = loadavg()[0] ?? 0;

  const cores = cpus();
  const busy = otherWorkAtStart(loadAtStart);
  const cachedStale = (cases[1]?.outcomes.stale ?? 0) > (cases[1]?.outcomes.hit ?? 0);
  const section = [
    `- Date: ${new Date().toISOString().replace(/\.\d+Z$/, 'Z')}; commit ${execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: ROOT, encoding: 'utf8' }).trim()}`,
    `- Host: ${cores.length} × ${cores[0]?.model.trim() ?? 'unknown CPU'}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB; Node ${process.version} (the render server's too)`,
    `- Load average (1 min) at start and end: ${loadAtStart.toFixed(1)} and ${loadAtEnd.toFixed(1)} on ${cores.length} CPUs${busy ? ' (other work competed for the CPU: the figures are low and noisy)' : ''}`,
    `- The HTTP-API build's render server (\`vite build\` + \`vite build --ssr\`, \`node ${CLIENT_DIR.slice(ROOT.length + 1)}-ssr/server.js\`) reading the fixture API (\`scripts/api-server.ts\`); the load from the bench's own process with undici: ${CONNECTIONS} keep-alive connections, each sending its next request when the last answer has arrived, ${SECONDS} s per case; latency until an answer's last byte, nearest-rank percentiles over every answer; req/s = answers ÷ time from the first request to the last answer. The load, the API and the server share the host's CPUs: figures to compare runs on one host, not a capacity.`,
    `- Cold: each request's query string is new (\`?n=0\`, \`?n=1\`, …). The page cache keys on path and query, so each is a miss and a whole render (the content API asked, React's render, the document, its ETag); the story route does not read the query, so each is the same story's work (the same bytes but for timestamps). Cycling through the fixture stories would not do: the cache cannot be turned off from outside, so after one round each would be a hit, and different stories are different work.`,
    ...(cachedStale
      ? [
          `- Cached answers are \`stale\`, not \`hit\`: the fixture API sends \`Cache-Control: no-cache\`, so a rendered page is fresh for 0 s; each is served from the cache and, when none is under way, starts a render that should replace it in the background (that work is in these figures). "Page versions" counts the ETags the answers carried: 1 means no such render replaced the page during the case. An API sending \`max-age\` gets \`hit\`s, with no renders behind them.`,
        ]
      : []),
    '',
    caseTable(cases),
    '',
    `The render server's memory, from \`/proc/<pid>/status\` (${WARM_UP_REQUESTS} warm-up requests to new addresses, then the cases; the page cache holds up to 1,000 pages):`,
    '',
    memoryTable(points),
  ].join('\n');
  console.log(`\n${section}\n`);
  for (const c of cases) log(`${c.label}: ${c.perSecond.toFixed(1)} req/s, ${outcomeList(c.outcomes)}`);
  if (flag('no-docs')) log('--no-docs: docs/performance.md left as it was');
  else {
    writeDocSection('bench-server', section, '## Render server throughput (`npm run bench:server`)');
    log('wrote the results into docs/performance.md (section bench-server)');
  }
  if (cases.some((c) => c.errors > 0 || c.non2xx > 0 || c.answered === 0)) {
    log('some requests failed or answered other than 2xx: see the table');
    process.exitCode = 1;
  }
}

runBench(main);
