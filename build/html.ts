// Lede's index.html: the static page frame in #root, and in builds the inline boot (preferences, stylesheet, page
// start, early paint) with a Content-Security-Policy that allows exactly those inline blocks by hash. Everything is
// added as Vite tag descriptors; nothing rewrites Vite's output.
import type { HtmlTagDescriptor, Plugin } from 'vite';
import type { AppCode } from '../src/boot/app-start.ts';
import { EARLY_PAINT_ATTRIBUTE } from '../src/boot/early-handoff.ts';
import type { EarlyStoryConfig } from '../src/boot/early-story.ts';
import type { PageStartConfig } from '../src/boot/page-start.ts';
import { appShellHtml } from '../src/boot/shell.ts';
import { PUBLICATION, type Publication } from '../src/lib/publication.ts';
import { mastheadWords, withAppWords } from './words.ts';
import { DEMO_FETCH_MODULE, ENTRY_MODULE, PRELOADED_ROUTES, entryChunk, entryImportsInOrder, pageChunks, type Bundle } from './chunks.ts';
import { headerCsp, metaCsp, workerCsp } from './csp.ts';
import { withDocumentLanguage } from './document-language.ts';
import { formatHeaderRules, ledeHeaderRules } from './headers.ts';
import { bundleInlineScript } from './inline-script.ts';
import { MANIFEST_FILE } from './pwa.ts';

export interface HtmlOptions {
  /** Settings of the early paint other than the chunks, which come from the bundle. */
  early: Omit<EarlyStoryConfig, keyof AppCode | 'snapshotStories'>;
  /** The publication's time zone, whose date format the page start has ICU prepare on a worker. */
  timeZone: string;
  /** The demo's first-visit snapshot keys (build/demo-snapshot.ts); the stories among them go to the early script. */
  snapshotKeys?: () => Promise<string[]>;
  /** The content API's origin when it is not this site. */
  apiOrigin?: string | undefined;
  /** Other origins images may come from (a CDN). */
  imageOrigins?: string[];
  /** The build's content source, whose early-paint adapter the inline script carries. */
  source?: 'lede' | 'wordpress';
}

/** The frame's plugin; `publication` is the build's (VITE_PUBLICATION), named here for tests. */
export function ledeHtml(publication: Publication = PUBLICATION): Plugin {
  return {
    name: 'lede:html',
    // index.html is only the document's head; the frame goes into #root before any script, in dev and builds alike.
    transformIndexHtml: {
      order: 'pre',
      handler: (html, ctx) => ({
        // The publication's language and direction, on the frame every page and the offline page are written from.
        html: withAppWords(withDocumentLanguage(html, publication), publication),
        tags: [
          {
            tag: 'div',
            attrs: { id: 'root' },
            children: appShellHtml(undefined, mastheadWords(publication.id), publication.name),
            injectTo: 'body-prepend',
          },
          // The dev server loads the entry as Vite's HTML would; builds load it from the inline boot.
          ...(ctx.server
            ? [{ tag: 'script', attrs: { type: 'module', src: `/${ENTRY_MODULE}` }, injectTo: 'body' } satisfies HtmlTagDescriptor]
            : []),
        ],
      }),
    },
  };
}

/** The build's inline boot: runs after Vite has bundled, when the chunk names are known. */
export function ledeInlineBoot({ early, timeZone, apiOrigin, imageOrigins = [], source = 'lede', snapshotKeys }: HtmlOptions): Plugin {
  let headers = '';
  return {
    name: 'lede:inline-boot',
    apply: 'build',
    // Static hosts that read a `_headers` file (and scripts/serve.ts) send the page's policy as a header too, with the
    // directives a <meta> tag cannot carry, and the worker its own (build/headers.ts). Written once index.html is
    // (Vite's HTML plugin runs this hook's HTML step).
    generateBundle: {
      order: 'post',
      handler() {
        if (!headers) throw new Error('lede:inline-boot: index.html was not transformed, so there is no policy to write');
        this.emitFile({ type: 'asset', fileName: '_headers', source: headers });
      },
    },
    transformIndexHtml: {
      order: 'post',
      async handler(_html, ctx) {
        const bundle = (ctx.bundle ?? {}) as unknown as Bundle;
        const entry = entryChunk(bundle);
        const css = [...(entry.viteMetadata?.importedCss ?? [])].map((file) => {
          const asset = ctx.bundle?.[file];
          if (!asset || asset.type !== 'asset') throw new Error(`lede:inline-boot: no stylesheet ${file} in the bundle`);
          return String(asset.source);
        });
        const preferences = await bundleInlineScript('src/boot/preferences-entry.ts');
        const code: AppCode = {
          routeChunks: PRELOADED_ROUTES.map(([path, module]) => [path, pageChunks(bundle, module)]),
          entry: `/${entry.fileName}`,
          // The demo's fetch shim is a lazy chunk, but the entry imports it at once: fetched in parallel too.
          entryChunks: [...entryImportsInOrder(bundle), ...(early.demo ? pageChunks(bundle, DEMO_FETCH_MODULE).map((file) => `/${file}`) : [])],
        };
        const pageStart = await bundleInlineScript('src/boot/page-start-entry.ts', {
          __LEDE_PAGE_START__: { ...code, timeZone, manifest: `/${MANIFEST_FILE}` } satisfies PageStartConfig,
        });
        const earlyPaint = await bundleInlineScript('src/boot/early-entry.ts', {
          __LEDE_SOURCE__: source,
          __LEDE_EARLY__: {
            ...early,
            ...code,
            snapshotStories: ((await snapshotKeys?.()) ?? []).flatMap((key) => key.match(/^\/stories\/([a-z0-9-]+)$/)?.slice(1) ?? []),
          } satisfies EarlyStoryConfig,
        });
        // A page rendered with its content (src/server/document.ts) keeps the page start and drops the early paint,
        // whose hash stays in the one policy every page shares.
        const csp = { apiOrigin, imageOrigins, inlineScripts: [preferences, pageStart, earlyPaint], inlineStyles: css };
        headers = formatHeaderRules(ledeHeaderRules({ pagePolicy: headerCsp(csp), workerPolicy: workerCsp(csp) }));
        return [
          // The policy before the inline blocks it governs; the preferences before the first paint.
          { tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: metaCsp(csp) }, injectTo: 'head' },
          { tag: 'script', children: preferences, injectTo: 'head' },
          ...css.map((text): HtmlTagDescriptor => ({ tag: 'style', children: text, injectTo: 'head' })),
          { tag: 'script', children: pageStart, injectTo: 'head' },
          { tag: 'script', attrs: { [EARLY_PAINT_ATTRIBUTE]: true }, children: earlyPaint, injectTo: 'head' },
        ];
      },
    },
  };
}
