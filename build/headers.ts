// The build's `_headers` file: response headers by path, in the syntax static hosts read (Cloudflare Pages, Netlify),
// and how such a host applies it to a request, which scripts/serve.ts follows.

/** One block of the file: a path pattern (`*` matches anything, `:name` one segment), headers to drop, headers to set. */
export interface HeaderRule {
  path: string;
  /** Headers an earlier, wider rule set that this path must not carry (`! Name`, Cloudflare's syntax). */
  detach: string[];
  set: Array<[name: string, value: string]>;
}

export interface LedeHeaderOptions {
  /** The page's policy (build/csp.ts headerCsp): every path is a page, as the app answers every route. */
  pagePolicy: string;
  /** The app worker's policy (build/csp.ts workerCsp). */
  workerPolicy: string;
}

/** Hashed file names never change content; photos and icons of the app change only with a deployment. */
const IMMUTABLE = 'public, max-age=31536000, immutable';
const AN_HOUR = 'public, max-age=3600';

/**
 * Lede's rules. Both hosts apply every matching block in order. Where two set the same header, Netlify keeps the
 * later one and Cloudflare Pages joins them (two policies: both enforced), so the worker's block detaches the page's
 * policy first; Netlify skips the detach line.
 */
export function ledeHeaderRules({ pagePolicy, workerPolicy }: LedeHeaderOptions): HeaderRule[] {
  return [
    {
      path: '/*',
      detach: [],
      set: [
        ['Content-Security-Policy', pagePolicy],
        ['X-Content-Type-Options', 'nosniff'],
        ['Referrer-Policy', 'strict-origin-when-cross-origin'],
      ],
    },
    {
      path: '/sw.js',
      detach: ['Content-Security-Policy'],
      set: [
        ['Content-Security-Policy', workerPolicy],
        ['Cache-Control', 'no-cache'],
      ],
    },
    { path: '/assets/*', detach: [], set: [['Cache-Control', IMMUTABLE]] },
    { path: '/images/*', detach: [], set: [['Cache-Control', AN_HOUR]] },
    { path: '/icons/*', detach: [], set: [['Cache-Control', AN_HOUR]] },
  ];
}

export function formatHeaderRules(rules: HeaderRule[]): string {
  const block = ({ path, detach, set }: HeaderRule) =>
    [path, ...detach.map((name) => `  ! ${name}`), ...set.map(([name, value]) => `  ${name}: ${value}`)].join('\n');
  return `${rules.map(block).join('\n')}\n`;
}

/** The rules of a `_headers` file: a line starting with `/` opens a block, indented lines fill it, `#` lines are comments. */
export function parseHeaderRules(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim();
    if (!line || line.startsWith('#')) continue;
    if (!/^\s/.test(raw)) {
      rules.push({ path: line, detach: [], set: [] });
      continue;
    }
    const rule = rules.at(-1);
    if (!rule) throw new Error(`_headers: "${line}" comes before any path`);
    const detached = /^!\s*(\S+)$/.exec(line);
    const header = /^([^:\s]+)\s*:\s*(.+)$/.exec(line);
    if (detached) rule.detach.push(detached[1]!);
    else if (header) rule.set.push([header[1]!, header[2]!]);
    else throw new Error(`_headers: cannot read "${line}"`);
  }
  return rules;
}

/** A path pattern as a whole-path regular expression. */
function patternOf(path: string): RegExp {
  const escaped = path.replace(/[.+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`^${escaped.replace(/\*/g, '.*').replace(/:[A-Za-z]\w*/g, '[^/]+')}$`);
}

/**
 * The headers the file gives a request for `pathname` (lower-case names), as Cloudflare Pages applies them: every
 * matching block in order, its detached headers dropped, then its own set, joined with ", " to one an earlier block set.
 */
export function headersForPath(rules: HeaderRule[], pathname: string): Map<string, string> {
  const headers = new Map<string, string>();
  for (const rule of rules) {
    if (!patternOf(rule.path).test(pathname)) continue;
    for (const name of rule.detach) headers.delete(name.toLowerCase());
    for (const [name, value] of rule.set) {
      const key = name.toLowerCase();
      const earlier = headers.get(key);
      headers.set(key, earlier === undefined ? value : `${earlier}, ${value}`);
    }
  }
  return headers;
}
