// npm run test:firefox: the Firefox suite alone (e2e/firefox/), beside anything else running. It builds what it reads
// as npm test does (dist-e2e, and dist-http compiled against the content API's port), or with `--reuse-builds` reads
// them as they are: the HTTP-API build then names the API port it was compiled against. Ports the environment does not
// set are chosen free (e2e/ports.ts). Other arguments go to `playwright test`: `npm run test:firefox -- offline`.
import { readFileSync } from 'node:fs';
import { busyPorts, choosePorts } from '../e2e/ports.ts';
import { buildE2eDemo, buildHttp, firefoxRow, row, summarize } from './suite.mjs';

const reuse = process.argv.includes('--reuse-builds');
const args = process.argv.slice(2).filter((arg) => arg !== '--reuse-builds' && arg !== '--');

/** The content API port the HTTP-API build in `dir` was compiled against (build:http writes its address into the shell). */
function compiledApiPort(dir) {
  const port = /http:\/\/127\.0\.0\.1:(\d+)\/api\b/.exec(readFileSync(`${dir}/index.html`, 'utf8'))?.[1];
  if (!port) throw new Error(`${dir} is not an HTTP-API build over a local API: build it (npm run build:http) or run without --reuse-builds`);
  return port;
}

const given = { ...process.env };
if (reuse && !given.LEDE_API_PORT) given.LEDE_API_PORT = compiledApiPort(given.LEDE_DIST_HTTP ?? 'dist-http');
const ports = await choosePorts(given, ['LEDE_E2E_PORT', 'LEDE_E2E_HTTP_PORT', 'LEDE_API_PORT']);
const env = { ...given, ...ports };
const busy = await busyPorts(Object.fromEntries(Object.entries(ports).filter(([name]) => given[name])));

const rows = reuse ? [] : [row('e2e demo build', buildE2eDemo(env)), row('HTTP-API build', buildHttp(env))];
const built = rows.every((step) => step.failed === 0);
if (busy.length > 0) {
  const why = `${busy.join(', ')}; unset the variable${reuse ? ', or build afresh without --reuse-builds,' : ''} to let the suite choose a free port`;
  console.log(`\n✗ firefox did not start: ${why}`);
  rows.push({ suite: `firefox (did not start: ${why})`, passed: 0, failed: 1, skipped: 0 });
} else if (!built) {
  rows.push({ suite: 'firefox (did not start: a build failed)', passed: 0, failed: 1, skipped: 0 });
} else {
  rows.push(await firefoxRow(env, args));
}
process.exit(summarize(rows).ok ? 0 : 1);
