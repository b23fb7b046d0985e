// Installs Debian's nginx, and its brotli_static module where the distribution has it, only when missing (as root,
// else through sudo, non-interactive), as the local WordPress installs its packages (scripts/wordpress/packages.ts).
import { spawnSync } from 'node:child_process';
import { aptGet, isInstalled } from '../wordpress/packages.ts';

export const NGINX = 'nginx';
/** Pre-compressed .br files; not every distribution has the module (Debian 12 does). */
export const BROTLI_STATIC = 'libnginx-mod-http-brotli-static';

const aptKnows = (name: string) => spawnSync('apt-cache', ['show', name], { stdio: 'ignore' }).status === 0;

/** Installs what is missing; returns the names it installed (empty when all were there). */
export function ensureNginx(log: (line: string) => void): string[] {
  if (isInstalled(NGINX) && (isInstalled(BROTLI_STATIC) || !aptKnows(BROTLI_STATIC))) return [];
  log(`installing Debian's ${NGINX} (and ${BROTLI_STATIC} where it exists)`);
  aptGet(['update', '-qq']);
  const wanted = [NGINX, ...(aptKnows(BROTLI_STATIC) ? [BROTLI_STATIC] : [])].filter((name) => !isInstalled(name));
  if (wanted.length > 0) aptGet(['install', '-y', '-qq', '--no-install-recommends', '-o', 'DPkg::Lock::Timeout=600', ...wanted]);
  if (!isInstalled(NGINX)) throw new Error(`apt-get did not install ${NGINX}`);
  return wanted;
}
