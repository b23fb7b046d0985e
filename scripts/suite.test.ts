// The test entry points beside a running Lede (e2e/ports.ts, scripts/suite.mjs): the suite takes free ports when the
// ones a running Lede holds are taken, keeps those the environment names, and one that cannot start says why in one line.
import { createServer, type Server } from 'node:http';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { busyPorts, choosePorts, E2E_PORTS, freePort, portIsFree, type PortVariable } from '../e2e/ports';
import { playwrightRow, runPlaywright } from './suite.mjs';

const held: Server[] = [];

/** Answers every request on `port` with 200, as a running `npm run preview` would; false if something else already holds it. */
function hold(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = createServer((_request, response) => response.end('taken'));
    server.once('error', () => resolve(false));
    server.listen(port, '127.0.0.1', () => {
      held.push(server);
      resolve(true);
    });
  });
}

const scratch = mkdtempSync(join(tmpdir(), 'lede-suite-'));
afterAll(async () => {
  await Promise.all(held.map((server) => new Promise((resolve) => server.close(resolve))));
  rmSync(scratch, { recursive: true, force: true });
});

const NAMES = Object.keys(E2E_PORTS) as PortVariable[];
const DEFAULTS = Object.values(E2E_PORTS).map(String);

describe('the e2e suite’s ports', () => {
  it('with every default port taken (4173, 4174, 8787 …), gives each variable a distinct free port of its own', async () => {
    for (const port of Object.values(E2E_PORTS)) await hold(port);
    const ports = await choosePorts({}, NAMES);
    expect(Object.keys(ports).sort()).toEqual([...NAMES].sort());
    const chosen = Object.values(ports);
    expect(new Set(chosen).size).toBe(NAMES.length);
    expect(chosen.filter((port) => DEFAULTS.includes(port))).toEqual([]);
    for (const port of chosen) expect(await portIsFree(Number(port))).toBe(true);
  });

  it('keeps the port the environment names, and chooses the others apart from it', async () => {
    const ports = await choosePorts({ LEDE_API_PORT: '43123' }, ['LEDE_API_PORT', 'LEDE_E2E_HTTP_PORT']);
    expect(ports.LEDE_API_PORT).toBe('43123');
    expect(ports.LEDE_E2E_HTTP_PORT).not.toBe('43123');
  });
});

describe('a suite that cannot start', () => {
  it('names each port in use and its variable', async () => {
    expect(await busyPorts({ LEDE_E2E_PORT: String(E2E_PORTS.LEDE_E2E_PORT) })).toEqual([
      `port ${E2E_PORTS.LEDE_E2E_PORT} (LEDE_E2E_PORT) is in use`,
    ]);
    expect(await busyPorts({ LEDE_E2E_PORT: String(await freePort()) })).toEqual([]);
  });

  it('Playwright, whose servers cannot start, ends with one line saying why', async () => {
    const taken = String(E2E_PORTS.LEDE_E2E_PORT);
    const env = { ...process.env, CI: 'true', ...Object.fromEntries(NAMES.map((name) => [name, taken])) };
    const report = join(scratch, 'report.json');
    const result = await runPlaywright(
      'a suite beside a running Lede',
      ['test', 'e2e/reading.spec.ts', '--project=desktop', '--reporter=json'],
      { ...env, PLAYWRIGHT_JSON_OUTPUT_FILE: report },
      report,
    );
    expect(result.ok).toBe(false);
    const row = playwrightRow('playwright', result);
    expect(row).toMatchObject({ passed: 0, failed: 1 });
    expect(row.suite).toMatch(new RegExp(`^playwright \\(did not start: Error: http://127\\.0\\.0\\.1:${taken}/ is already used[^\\n]*\\)$`));
  }, 60_000);
});
