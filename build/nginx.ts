// nginx configuration for a Lede deployment, rendered from the templates in deploy/nginx/ and the build's `_headers`
// file (build/headers.ts), so nginx sends each path the headers scripts/serve.ts sends it, from the same rules.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { headersForPath, parseHeaderRules, type HeaderRule } from './headers.ts';

/** What nginx sends where `_headers` names no Cache-Control (pages, the manifest, files without hashed names). */
export const UNHASHED_CACHE = 'no-cache';

export type NginxVariant = 'render' | 'static';

export interface NginxDeployment {
  /** `render`: pages from render servers, cached; `static`: every page is the static shell. */
  variant: NginxVariant;
  /** Absolute folder of everything nginx writes (pid, logs, temporary files, the page cache). */
  prefix: string;
  /** Absolute folder of the build's files. */
  root: string;
  /** `host:port` to listen on. */
  listen: string;
  /** The render servers, `host:port` each (render only). */
  upstreams?: string[];
  /** Debian's nginx has gzip_static built in; brotli_static is a module of its own (its .so path, when installed). */
  gzipStatic: boolean;
  brotliModule?: string | undefined;
  /** Set when nginx starts as root: its workers run as this user. */
  user?: string | undefined;
  serverName?: string;
  workers?: number;
}

/** One location nginx chooses by the path, and the headers every answer from it carries. */
export interface HeaderLocation {
  /** nginx's match: `= /sw.js` (exact) or `/assets/` (prefix). */
  match: string;
  headers: Array<[name: string, value: string]>;
}

const TEMPLATES = join(import.meta.dirname, '../deploy/nginx');

/** The prefix a `_headers` path stands for, or null when the path is exact; throws on what nginx locations cannot say. */
function prefixOf(path: string): string | null {
  if (path.includes(':') || path.indexOf('*') !== path.lastIndexOf('*') || (path.includes('*') && !path.endsWith('*'))) {
    throw new Error(`_headers: "${path}" needs a regular expression location; only exact paths and prefixes ending in * are translated`);
  }
  return path.endsWith('*') ? path.slice(0, -1) : null;
}

/** Headers as nginx's answers carry them: names as the file spells them, and Cache-Control where the file names none. */
function withCache(headers: Map<string, string>, rules: HeaderRule[]): Array<[string, string]> {
  const spelling = new Map(rules.flatMap((rule) => rule.set.map(([name]) => [name.toLowerCase(), name] as const)));
  const named: Array<[string, string]> = [...headers].map(([key, value]) => [spelling.get(key) ?? key, value]);
  return headers.has('cache-control') ? named : [...named, ['Cache-Control', UNHASHED_CACHE]];
}

/**
 * The locations the rules need. nginx picks one location per request (an exact match, else the longest prefix), and a
 * location with any add_header drops every inherited one, so each carries its whole set: for an exact path, every
 * rule that matches it; for a prefix, every prefix rule that covers all of it (a longer prefix has its own location).
 */
export function headerLocations(rules: HeaderRule[]): HeaderLocation[] {
  const prefixes = new Set<string>(['/']);
  const exact = new Set<string>();
  for (const { path } of rules) {
    const prefix = prefixOf(path);
    if (prefix === null) exact.add(path);
    else prefixes.add(prefix);
  }
  // An exact rule never covers a prefix; a prefix rule covers it when it matches the prefix itself.
  const prefixRules = rules.filter((rule) => prefixOf(rule.path) !== null);
  return [
    ...[...exact].map((path) => ({ match: `= ${path}`, headers: withCache(headersForPath(rules, path), rules) })),
    ...[...prefixes].map((prefix) => ({ match: prefix, headers: withCache(headersForPath(prefixRules, prefix), rules) })),
  ];
}

/** A value as an nginx string: quoted; `$` would start a variable and nginx has no escape for it. */
function quoted(value: string): string {
  if (value.includes('$') || /[\r\n]/.test(value)) throw new Error(`nginx cannot send the header value ${JSON.stringify(value)}`);
  return `"${value.replace(/[\\"]/g, '\\$&')}"`;
}

export function addHeaders(headers: Array<[string, string]>): string {
  return headers.map(([name, value]) => `add_header ${name} ${quoted(value)} always;`).join('\n');
}

/** Files whose headers say they never change are files or nothing: a hashed name is never answered with a page. */
const isImmutable = ({ headers }: HeaderLocation) =>
  headers.some(([name, value]) => name.toLowerCase() === 'cache-control' && /\bimmutable\b/.test(value));

function locationBlock(location: HeaderLocation, variant: NginxVariant): string {
  // Static hosting: a page rendered ahead of time (`/` → index.html, `/story/x` → story/x.html), else the shell.
  const fallback = isImmutable(location) ? '=404' : variant === 'render' ? '@render' : '$uri.html $uri/index.html $lede_shell =404';
  return `location ${location.match} {\n${indent(addHeaders(location.headers), '    ')}\n    try_files $uri ${fallback};\n}`;
}

function indent(text: string, by: string): string {
  return text
    .split('\n')
    .map((line) => (line ? by + line : line))
    .join('\n');
}

/** A template with each `{{name}}` filled; a value on a line of its own takes that line's indentation. */
export function fill(template: string, values: Record<string, string>): string {
  return template.replace(
    /^([ \t]*)\{\{(\w+)\}\}$|\{\{(\w+)\}\}/gm,
    (_match, lead: string | undefined, own: string | undefined, inline: string | undefined) => {
      const name = (own ?? inline) as string;
      const value = values[name];
      if (value === undefined) throw new Error(`deploy/nginx: no value for {{${name}}}`);
      return own ? indent(value.trimEnd(), lead ?? '') : value;
    },
  );
}

const template = (name: string) => readFileSync(join(TEMPLATES, name), 'utf8');

/** The whole nginx.conf of a deployment, from the text of its build's `_headers` file (never recomputed). */
export function nginxConfig(headersFile: string, deployment: NginxDeployment): string {
  const { variant, prefix, root, listen, upstreams = [], gzipStatic, brotliModule, user } = deployment;
  if (variant === 'render' && upstreams.length === 0) throw new Error('a render deployment needs at least one render server');
  const rules = parseHeaderRules(headersFile);
  const locations = headerLocations(rules);
  // Answers nginx gives itself are pages' answers: the catch-all location's headers.
  const catchAll = locations.find((location) => location.match === '/') as HeaderLocation;
  const serverCommon = fill(template('server-common.conf.template'), {
    precompressed: [gzipStatic ? 'gzip_static on;' : '', brotliModule ? 'brotli_static on;' : ''].filter(Boolean).join('\n'),
    error_headers: addHeaders(
      catchAll.headers.filter(([name]) => name.toLowerCase() !== 'cache-control').concat([['Cache-Control', UNHASHED_CACHE]]),
    ),
    header_locations: locations.map((location) => locationBlock(location, variant)).join('\n\n'),
  });
  const site = fill(template(`${variant}.conf.template`), {
    listen,
    server_name: deployment.serverName ?? '_',
    root,
    prefix,
    server_common: serverCommon,
    upstream_servers: upstreams.map((server) => `server ${server} max_fails=1 fail_timeout=5s;`).join('\n'),
    shell_headers: addHeaders(catchAll.headers),
  });
  return fill(template('nginx.conf.template'), {
    prefix,
    variant,
    load_modules: brotliModule ? `load_module ${brotliModule};` : '',
    user: user ? `user ${user};` : '',
    workers: String(deployment.workers ?? 1),
    site,
  });
}
