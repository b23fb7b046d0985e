// Build-time constants defined in vite.config.ts.
declare const __LEDE_DEMO__: boolean;
/** The content source this build reads (VITE_CONTENT_SOURCE): Lede's own contract or a WordPress site. */
declare const __LEDE_SOURCE__: 'lede' | 'wordpress';
/** The settings of the publication a build serves (build/publication.ts); not defined in Node scripts. */
declare const __LEDE_PUBLICATION__: import('./lib/publication').Publication;

interface ImportMetaEnv {
  readonly VITE_API_BASE_URL?: string;
  /** The publication this build serves (src/lib/publication.ts): `en` (default) or `ar`. */
  readonly VITE_PUBLICATION?: string;
  readonly VITE_PUBLICATION_TIME_ZONE?: string;
  readonly VITE_PUBLICATION_ZONE_LABEL?: string;
  readonly VITE_CONTENT_SOURCE?: 'lede' | 'wordpress';
  readonly VITE_WORDPRESS_URL?: string;
  /** `plain` for a site with plain permalinks (REST API at /?rest_route=); pretty (/wp-json/) otherwise. */
  readonly VITE_WORDPRESS_PERMALINKS?: string;
  readonly VITE_WORDPRESS_POPULAR_TAG?: string;
  readonly VITE_WORDPRESS_HOT_TOPICS?: string;
  readonly VITE_IMAGE_ORIGINS?: string;
}

/** The demo build's first-visit snapshot keys (build/demo-snapshot.ts); empty outside demo builds. */
declare module 'virtual:lede-demo-snapshot' {
  export const SNAPSHOT_KEYS: ReadonlySet<string>;
}
