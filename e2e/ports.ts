// Ports of the servers the e2e suite starts: demo build, HTTP-API build, and the HTTP-API build's content API.
import { createServer } from 'node:net';

export const DEMO_PORT = Number(process.env.LEDE_E2E_PORT ?? 4173);
export const HTTP_PORT = Number(process.env.LEDE_E2E_HTTP_PORT ?? 4174);
export const API_PORT = Number(process.env.LEDE_API_PORT ?? 8787);
/** The WordPress build (dist-wordpress), served when LEDE_WORDPRESS_URL names a running WordPress (npm run wordpress). */
export const WORDPRESS_BUILD_PORT = Number(process.env.LEDE_E2E_WORDPRESS_PORT ?? 4175);
/** The WordPress build for plain permalinks (dist-wordpress-plain, VITE_WORDPRESS_PERMALINKS=plain), over the same site. */
export const WORDPRESS_PLAIN_BUILD_PORT = Number(process.env.LEDE_E2E_WORDPRESS_PLAIN_PORT ?? 4176);
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
