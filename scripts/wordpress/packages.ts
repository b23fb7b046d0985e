// Installs the Debian packages the local WordPress needs, only when some are missing (apt only: nothing else is downloaded).
import { execFileSync, spawnSync } from 'node:child_process';

export const PACKAGES = ['wordpress', 'php8.2-cli', 'php8.2-mysql', 'php8.2-gd', 'mariadb-server'] as const;

export function isInstalled(name: string): boolean {
  const result = spawnSync('dpkg-query', ['-W', '-f=${Status}', name], { encoding: 'utf8' });
  return result.status === 0 && result.stdout.includes('install ok installed');
}

export function missingPackages(): string[] {
  return PACKAGES.filter((name) => !isInstalled(name));
}

/** Runs apt-get (through sudo when not root) with services kept from starting where policy-rc.d allows it. */
export function aptGet(args: string[]): void {
  const asRoot = process.getuid?.() === 0;
  const command = asRoot ? 'apt-get' : 'sudo';
  const argv = asRoot ? args : ['--preserve-env=DEBIAN_FRONTEND', 'apt-get', ...args];
  execFileSync(command, argv, { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
}

/** Installs what is missing; returns the names it installed (empty when all were there). */
export function ensurePackages(log: (line: string) => void): string[] {
  const missing = missingPackages();
  if (missing.length === 0) return [];
  log(`installing Debian packages: ${missing.join(' ')}`);
  aptGet(['update', '-qq']);
  aptGet(['install', '-y', '-qq', '--no-install-recommends', '-o', 'DPkg::Lock::Timeout=600', ...missing]);
  const still = missingPackages();
  if (still.length > 0) throw new Error(`apt-get did not install: ${still.join(' ')}`);
  return missing;
}
