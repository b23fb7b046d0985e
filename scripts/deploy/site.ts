// A deployment's folder for nginx: a copy of the build with every compressible file pre-compressed beside it (.gz,
// .br, unless the build has them), and nginx.conf written from the build's `_headers` for what this nginx can do.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { userInfo } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { nginxConfig, type NginxVariant } from '../../build/nginx.ts';

/** What the types in deploy/nginx/server-common.conf.template compress (images are compressed already). */
const COMPRESSIBLE = /\.(html|m?js|css|json|webmanifest|svg|txt|xml|rss)$/;

export interface NginxFeatures {
  binary: string;
  gzipStatic: boolean;
  /** Debian's libnginx-mod-http-brotli-static, when installed. */
  brotliModule: string | undefined;
}

/** What the installed nginx can do, from `nginx -V` and its modules folder. */
export function nginxFeatures(): NginxFeatures {
  // Debian puts it in /usr/sbin, which a user's PATH may not name.
  const binary =
    spawnSync('sh', ['-c', 'command -v nginx'], { encoding: 'utf8' }).stdout.trim() || (existsSync('/usr/sbin/nginx') ? '/usr/sbin/nginx' : '');
  if (!binary) throw new Error('nginx is not installed');
  const built = spawnSync(binary, ['-V'], { encoding: 'utf8' }).stderr;
  const modules = /--modules-path=(\S+)/.exec(built)?.[1] ?? '/usr/lib/nginx/modules';
  const brotli = join(modules, 'ngx_http_brotli_static_module.so');
  return { binary, gzipStatic: built.includes('--with-http_gzip_static_module'), brotliModule: existsSync(brotli) ? brotli : undefined };
}

/** Writes `<file>.gz` and `<file>.br` for every compressible file under `root` that has none; returns how many. */
export function precompress(root: string): number {
  let written = 0;
  for (const entry of readdirSync(root, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !COMPRESSIBLE.test(entry.name)) continue;
    const file = join(entry.parentPath, entry.name);
    const source = readFileSync(file);
    if (!existsSync(`${file}.gz`)) {
      writeFileSync(`${file}.gz`, gzipSync(source, { level: 9 }));
      written += 1;
    }
    if (!existsSync(`${file}.br`)) {
      writeFileSync(`${file}.br`, brotliCompressSync(source, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }));
      written += 1;
    }
  }
  return written;
}

export interface SiteOptions {
  variant: NginxVariant;
  /** The deployment's folder: nginx's prefix. */
  dir: string;
  dist: string;
  listen: string;
  upstreams: string[];
  features: NginxFeatures;
}

/** Lays out the deployment's folder and returns its nginx.conf's path. */
export function layOutSite({ variant, dir, dist, listen, upstreams, features }: SiteOptions): { config: string; root: string; compressed: number } {
  const root = join(dir, 'root');
  // The deployment serves a copy, so a rebuild cannot change files under a running nginx, and `_headers` stays behind.
  cpSync(dist, root, { recursive: true, filter: (source) => source !== join(dist, '_headers') });
  const compressed = precompress(root);
  for (const folder of ['logs', 'temp', 'cache']) mkdirSync(join(dir, folder), { recursive: true });
  const config = join(dir, 'nginx.conf');
  const asRoot = process.getuid?.() === 0;
  writeFileSync(
    config,
    nginxConfig(readFileSync(join(dist, '_headers'), 'utf8'), {
      variant,
      prefix: dir,
      root,
      listen,
      upstreams,
      gzipStatic: features.gzipStatic,
      brotliModule: features.brotliModule,
      // Started as root, nginx would run its workers as nobody, who cannot write this folder.
      user: asRoot ? userInfo().username : undefined,
    }),
  );
  return { config, root, compressed };
}
