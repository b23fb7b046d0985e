// MariaDB in a throwaway data directory: its own socket, no TCP port, not the system service.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { spawnDetached } from './processes';

export const DB_NAME = 'wordpress';
export const socketPath = (stateDir: string) => join(stateDir, 'mysql.sock');

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
/** mariadbd refuses to run as root unless told to; under any other user it runs as that user. */
const runAs = () => (process.getuid?.() === 0 ? 'root' : (process.env.USER ?? 'root'));

/** Creates the data directory and starts mariadbd; resolves once the database answers. Returns mariadbd's PID. */
export async function startMariadb(stateDir: string, onPid: (pid: number) => void): Promise<number> {
  const dataDir = join(stateDir, 'mysql');
  execFileSync(
    'mariadb-install-db',
    [
      '--no-defaults',
      `--datadir=${dataDir}`,
      `--user=${runAs()}`,
      '--auth-root-authentication-method=normal',
      '--skip-test-db',
      '--skip-name-resolve',
    ],
    { stdio: ['ignore', 'ignore', 'inherit'] },
  );
  const pid = spawnDetached(
    'mariadbd',
    [
      '--no-defaults',
      `--datadir=${dataDir}`,
      `--socket=${socketPath(stateDir)}`,
      '--skip-networking',
      `--pid-file=${join(stateDir, 'mariadb.pid')}`,
      `--user=${runAs()}`,
      '--skip-log-bin',
      '--skip-name-resolve',
      // A disposable development database: durability traded for a faster seed.
      '--innodb-flush-log-at-trx-commit=0',
      '--innodb-doublewrite=0',
      '--innodb-buffer-pool-size=128M',
      '--character-set-server=utf8mb4',
      '--collation-server=utf8mb4_unicode_ci',
    ],
    join(stateDir, 'mariadb.log'),
  );
  onPid(pid);
  for (let waited = 0; waited < 30_000; waited += 100) {
    if (existsSync(socketPath(stateDir))) {
      const created = spawnSync('mariadb', [
        '--no-defaults',
        `--socket=${socketPath(stateDir)}`,
        '-uroot',
        '-e',
        `CREATE DATABASE IF NOT EXISTS ${DB_NAME} CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`,
      ]);
      if (created.status === 0) return pid;
    }
    await sleep(100);
  }
  throw new Error(`MariaDB did not start within 30 s; see ${join(stateDir, 'mariadb.log')}`);
}
