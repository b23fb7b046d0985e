// The Content-Security-Policies for built Lede: the page's, one definition for the <meta> tag in index.html and the
// header, and the app worker's; the build writes both into `_headers` (build/headers.ts).
import { createHash } from 'node:crypto';

export interface CspOptions {
  /** Origin of the content API when it is not this site, e.g. https://content.example.com. */
  apiOrigin?: string | undefined;
  /** Extra origins images may come from (a CDN). */
  imageOrigins?: string[];
  /** Inline <script> and <style> bodies that are allowed by hash. */
  inlineScripts?: string[];
  inlineStyles?: string[];
}

export function sha256(source: string): string {
  return `'sha256-${createHash('sha256').update(source, 'utf8').digest('base64')}'`;
}

/** Directives valid in a <meta> tag (frame-ancestors, report-uri and sandbox are header-only). */
export function cspDirectives({ apiOrigin, imageOrigins = [], inlineScripts = [], inlineStyles = [] }: CspOptions): string[] {
  // The page fetches photos too, when a reader saves a story for offline reading (src/pwa/saved.ts).
  const connect = [...new Set(["'self'", ...(apiOrigin ? [apiOrigin] : []), ...imageOrigins])];
  const images = ["'self'", 'data:', ...imageOrigins, ...(apiOrigin ? [apiOrigin] : [])];
  return [
    "default-src 'self'",
    `script-src 'self' ${inlineScripts.map(sha256).join(' ')}`.trim(),
    `style-src 'self' ${inlineStyles.map(sha256).join(' ')}`.trim(),
    `img-src ${images.join(' ')}`,
    `connect-src ${connect.join(' ')}`,
    "font-src 'self'",
    "worker-src 'self'",
    "manifest-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ];
}

export function metaCsp(options: CspOptions): string {
  return cspDirectives(options).join('; ');
}

export function headerCsp(options: CspOptions): string {
  return [...cspDirectives(options), "frame-ancestors 'none'"].join('; ');
}

/**
 * The app worker's own policy (the header of `/sw.js`, which a worker takes from its script's response): it runs no
 * other code and fetches this site, the content API, and the photos the page may show, which it keeps offline.
 */
export function workerCsp({ apiOrigin, imageOrigins = [] }: Pick<CspOptions, 'apiOrigin' | 'imageOrigins'>): string {
  const connect = [...new Set(["'self'", ...(apiOrigin ? [apiOrigin] : []), ...imageOrigins])];
  return ["default-src 'none'", "script-src 'self'", `connect-src ${connect.join(' ')}`].join('; ');
}
