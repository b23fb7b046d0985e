// Every build ships its page frame as `shell.html` too (the app worker's and static hosts' answer for any route); the
// public demo build also renders its pages ahead of time (src/server/prerender.ts): the front page as `index.html`,
// each story and topic whose content does not follow the clock, and the feeds, so the static demo shows text before
// any script runs, as a render server's pages do.
import { pathToFileURL } from 'node:url';
import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { build, type Plugin } from 'vite';
import { loadThroughVite, publicationOfConfig } from './demo-snapshot.ts';
import type { PublicationId } from '../src/lib/publication.ts';
import { SHELL_FILE } from '../src/lib/server-state.ts';

/** What a static host answers for an address with no file: the frame, whose app renders the route (`_redirects`). */
const REDIRECTS = `/* /${SHELL_FILE} 200\n`;

/** The pages worth rendering ahead: the front page, and the stories and topics of the first-visit snapshot. */
async function pagePaths(publication: PublicationId): Promise<string[]> {
  const { firstVisitKeys } = await loadThroughVite<typeof import('../mocks/snapshot-keys')>('../mocks/snapshot-keys.ts', publication);
  // An API key `/stories/<slug>` or `/topics/<slug>` names the page `/story/<slug>` or `/topic/<slug>`.
  const pageOf = { stories: '/story', topics: '/topic' } as const;
  return [
    '/',
    ...firstVisitKeys().flatMap((key) => {
      const match = /^\/(stories|topics)\/([a-z0-9-]+)$/.exec(key);
      return match ? [`${pageOf[match[1] as keyof typeof pageOf]}/${match[2]}`] : [];
    }),
  ];
}

/** The demo's content API in this process: the mocks' handlers (no test switch is read without a cookie). */
async function mockFetch(publication: PublicationId): Promise<(url: string, init: RequestInit) => Promise<Response>> {
  const [{ getResponse }, { handlers }] = await Promise.all([
    import('msw'),
    loadThroughVite<typeof import('../mocks/handlers')>('../mocks/handlers.ts', publication),
  ]);
  return async (url, init) =>
    (await getResponse(handlers, new Request(new URL(url, 'http://lede.invalid'), init))) ??
    new Response(JSON.stringify({ error: 'not_found' }), { status: 404, headers: { 'content-type': 'application/json' } });
}

export interface PrerenderSettings {
  /** The public demo build (no API base, not the e2e suite's build, whose test switches a rendered page would ignore). */
  enabled: boolean;
  /** The site's public origin for canonical and share URLs (VITE_SITE_ORIGIN). */
  origin: string;
}

export function ledePrerender({ enabled, origin }: PrerenderSettings): Plugin {
  let outDir = 'dist';
  let mode = 'production';
  let publication: PublicationId = 'en';
  return {
    name: 'lede:prerender',
    apply: 'build',
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir);
      mode = config.mode;
      publication = publicationOfConfig(config);
    },
    // Written once the bundle is on disk, before the worker's precache list is made from it (vite-plugin-pwa).
    writeBundle(_options, bundle) {
      const index = bundle['index.html'];
      if (!index || index.type !== 'asset') throw new Error('lede:prerender: the build has no index.html');
      writeFileSync(join(outDir, SHELL_FILE), index.source);
      writeFileSync(join(outDir, '_redirects'), REDIRECTS);
    },
    closeBundle: {
      order: 'post',
      sequential: true,
      async handler() {
        if (!enabled) return;
        // The render server's bundle for this build (the same as `vite build --ssr`), then its prerender entry.
        await build({ mode, logLevel: 'warn', build: { ssr: true } });
        const { prerenderSite } = (await import(
          pathToFileURL(join(`${outDir}-ssr`, 'prerender.js')).href
        )) as typeof import('../src/server/prerender.ts');
        const written = await prerenderSite({
          dist: outDir,
          origin,
          fetch: await mockFetch(publication),
          paths: await pagePaths(publication),
          now: new Date(),
        });
        console.log(`lede:prerender: ${written.length} pages and feeds rendered ahead into ${outDir}`);
      },
    },
  };
}
