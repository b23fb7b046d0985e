// The build's content source from its VITE_ settings: Lede's contract (VITE_API_BASE_URL, or the demo) or WordPress.
import type { Plugin } from 'vite';
import { wordpressPermalinks, wordpressRestBase } from '../src/api/sources/wordpress/urls.ts';

export type ContentSourceName = 'lede' | 'wordpress';

export interface ContentSourceSettings {
  source: ContentSourceName;
  /** Where the early script requests stories: Lede's API base, or WordPress's REST root. */
  apiBase: string;
  /** The demo: the mock API inside the service worker. */
  demo: boolean;
  /** The content's origin when it is not this site (CSP connect-src and img-src). */
  apiOrigin: string | undefined;
  /** Other origins images may come from: VITE_IMAGE_ORIGINS (comma-separated, e.g. a Jetpack/Photon CDN). */
  imageOrigins: string[];
}

const originOf = (url: string | undefined) => (url && /^https?:\/\//.test(url) ? new URL(url).origin : undefined);

/** `env` from Vite's loadEnv; a setting missing there is read from the process environment. */
export function contentSourceSettings(env: Record<string, string | undefined>): ContentSourceSettings {
  const read = (name: string) => env[name] ?? process.env[name];
  const imageOrigins = (read('VITE_IMAGE_ORIGINS') ?? '')
    .split(',')
    .map((value) => value.trim())
    .filter(Boolean)
    .map((value) => {
      const origin = originOf(value);
      if (!origin) throw new Error(`VITE_IMAGE_ORIGINS: "${value}" is not an http(s) origin`);
      return origin;
    });
  const named = read('VITE_CONTENT_SOURCE') || 'lede';
  if (named !== 'lede' && named !== 'wordpress') throw new Error(`VITE_CONTENT_SOURCE: "${named}" is neither "lede" nor "wordpress"`);
  if (named === 'wordpress') {
    const site = read('VITE_WORDPRESS_URL');
    const origin = originOf(site);
    if (!site || !origin) throw new Error("VITE_CONTENT_SOURCE=wordpress needs VITE_WORDPRESS_URL, the site's http(s) address");
    const permalinks = wordpressPermalinks(read('VITE_WORDPRESS_PERMALINKS'));
    return { source: 'wordpress', apiBase: wordpressRestBase(site, permalinks), demo: false, apiOrigin: origin, imageOrigins };
  }
  const apiBase = read('VITE_API_BASE_URL');
  return { source: 'lede', apiBase: apiBase || '/api', demo: !apiBase, apiOrigin: originOf(apiBase), imageOrigins };
}

/**
 * The content sources' modules do nothing when imported (their top-level schemas, patterns and tables are data), so
 * the bundler may drop a source the build does not select: src/api/content.ts picks one by `__LEDE_SOURCE__`.
 */
export function ledeContentSources(): Plugin {
  return {
    name: 'lede:content-sources',
    transform: {
      filter: { id: /[\\/]src[\\/]api[\\/]sources[\\/]/ },
      handler: (code) => ({ code, map: null, moduleSideEffects: false }),
    },
  };
}
