// Ports of the servers the e2e suite starts, each named by its environment variable. `npm test` (scripts/test-all.mjs)
// gives every variable it is not given a free port before it builds, and passes them on to the builds and to
// Playwright, so the suite runs beside a running Lede (`npm run preview`, `npm run api`); without the variables (a bare
// `npx playwright test`), the defaults below.
import { createServer } from 'node:net';

/** Each port variable of the e2e suite and its default. */
export const E2E_PORTS = {
  /** The demo built with its test switches (dist-e2e). */
  LEDE_E2E_PORT: 4173,
  /** The HTTP-API build (dist-http). */
  LEDE_E2E_HTTP_PORT: 4174,
  /** The HTTP-API build's content API (`npm run api`); the HTTP-API build is compiled against it (build:http). */
  LEDE_API_PORT: 8787,
  /** The Arabic demo built with its test switches (dist-ar-e2e, VITE_PUBLICATION=ar). */
  LEDE_E2E_AR_PORT: 4178,
  /** The English demo built with its test switches and pseudo-localised words (dist-pseudo-e2e, VITE_PSEUDO_LOCALE=true). */
  LEDE_E2E_PSEUDO_PORT: 4179,
  /** The public demo (dist), as a visitor gets it. */
  LEDE_E2E_PUBLIC_PORT: 4177,
  /** The WordPress build (dist-wordpress), served when LEDE_WORDPRESS_URL names a running WordPress (npm run wordpress). */
  LEDE_E2E_WORDPRESS_PORT: 4175,
  /** The WordPress build for plain permalinks (dist-wordpress-plain, VITE_WORDPRESS_PERMALINKS=plain), over the same site. */
  LEDE_E2E_WORDPRESS_PLAIN_PORT: 4176,
} as const;
export type PortVariable = keyof typeof E2E_PORTS;

const portOf = (name: PortVariable) => Number(process.env[name] ?? E2E_PORTS[name]);

export const DEMO_PORT = portOf('LEDE_E2E_PORT');
export const HTTP_PORT = portOf('LEDE_E2E_HTTP_PORT');
export const ARABIC_PORT = portOf('LEDE_E2E_AR_PORT');
export const PSEUDO_PORT = portOf('LEDE_E2E_PSEUDO_PORT');
export const API_PORT = portOf('LEDE_API_PORT');
export const PUBLIC_DEMO_PORT = portOf('LEDE_E2E_PUBLIC_PORT');
export const WORDPRESS_BUILD_PORT = portOf('LEDE_E2E_WORDPRESS_PORT');
export const WORDPRESS_PLAIN_BUILD_PORT = portOf('LEDE_E2E_WORDPRESS_PLAIN_PORT');
export const WORDPRESS_URL = process.env.LEDE_WORDPRESS_URL;
/** What the HTTP-API build is compiled against (see the build:http script). */
export const HTTP_API_BASE = `http://127.0.0.1:${API_PORT}/api`;

/** A TCP port on 127.0.0.1 that is free right now (the OS picks it), for servers a test or benchmark starts. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => (address && typeof address === 'object' ? resolve(address.port) : reject(new Error('no free port'))));
    });
  });
}

/** Whether a server could listen on `port` of 127.0.0.1 now. */
export function portIsFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const probe = createServer();
    probe.once('error', () => resolve(false));
    probe.listen(port, '127.0.0.1', () => probe.close(() => resolve(true)));
  });
}

/** `env`'s value of each of `names`, and a distinct free port for each that `env` does not set. */
export async function choosePorts(env: Record<string, string | undefined>, names: readonly PortVariable[]): Promise<Record<PortVariable, string>> {
  const chosen: Partial<Record<PortVariable, string>> = {};
  const taken = new Set(names.map((name) => env[name]).filter(Boolean));
  for (const name of names) {
    let port = env[name];
    while (!port || (!env[name] && taken.has(port))) port = String(await freePort());
    taken.add(port);
    chosen[name] = port;
  }
  return chosen as Record<PortVariable, string>;
}

/** Why a suite cannot start its servers: `port N (NAME) is in use` for each of `ports` that is taken. */
export async function busyPorts(ports: Partial<Record<PortVariable, string>>): Promise<string[]> {
  const busy: string[] = [];
  for (const [name, port] of Object.entries(ports)) {
    if (!(await portIsFree(Number(port)))) busy.push(`port ${port} (${name}) is in use`);
  }
  return busy;
}
