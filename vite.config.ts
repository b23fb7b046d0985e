// Build and test configuration. Demo mode (no VITE_API_BASE_URL) ships the fixtures inside the service worker;
// live mode ships neither MSW nor fixtures. Both builds are PWAs with one Workbox service worker.
import react from '@vitejs/plugin-react';
import { msw } from 'msw/vite';
import { fileURLToPath } from 'node:url';
import { defineConfig, loadEnv, type Plugin } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { configDefaults } from 'vitest/config';
import { inlineBodies, metaCsp } from './scripts/csp';
import { earlyStoryScript } from './src/boot/early-story';
import { appShellHtml } from './src/boot/shell';
import { preferencesScript } from './src/boot/preferences-script';
import { STORY_IMAGE_SIZES } from './src/lib/image-sizes';
import { PUBLICATION } from './src/lib/publication';

/**
 * Inlines the (small) global stylesheet and the early-story script into index.html, and adds a CSP meta tag
 * that allows exactly those inline blocks by hash.
 */
/** Route pages whose chunks the early script preloads: [path regex, page module]. */
const PRELOADED_ROUTES: Array<[string, string]> = [
  ['^/story/[a-z0-9-]+/?$', 'src/routes/story/StoryPage.tsx'],
  ['^/$', 'src/routes/front/FrontPage.tsx'],
];

/** A lazy page's chunk and the chunks it imports, minus what the entry already loads. */
function pageChunks(bundle: Record<string, { type: string; fileName: string; imports?: string[]; facadeModuleId?: string | null; isEntry?: boolean }>, module: string): string[] {
  const chunks = Object.values(bundle).filter((item) => item.type === 'chunk');
  const entry = chunks.find((chunk) => chunk.isEntry);
  const loaded = new Set<string>();
  const visit = (file: string, into: Set<string>) => {
    if (into.has(file)) return;
    into.add(file);
    for (const next of bundle[file]?.imports ?? []) visit(next, into);
  };
  if (entry) visit(entry.fileName, loaded);
  const page = chunks.find((chunk) => chunk.facadeModuleId?.replace(/\\/g, '/').endsWith(module));
  if (!page) return [];
  const needed = new Set<string>();
  visit(page.fileName, needed);
  return [...needed].filter((file) => !loaded.has(file));
}

/**
 * The chunks the entry imports statically (transitively), each after the chunks it imports, without the entry: the
 * early script evaluates them in this order, one per task (src/boot/early-story.ts).
 */
function entryImportsInOrder(bundle: Parameters<typeof pageChunks>[0]): string[] {
  const entry = Object.values(bundle).find((item) => item.type === 'chunk' && item.isEntry);
  if (!entry) return [];
  const order: string[] = [];
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    for (const next of bundle[file]?.imports ?? []) visit(next);
    order.push(file);
  };
  visit(entry.fileName);
  return order.filter((file) => file !== entry.fileName).map((file) => `/${file}`);
}

/** The static page frame (src/boot/shell.ts) inside #root, in dev and builds alike. */
function appShell(): Plugin {
  return {
    name: 'lede:app-shell',
    transformIndexHtml: {
      order: 'pre',
      handler: (html) => html.replace('<div id="root"></div>', `<div id="root">${appShellHtml()}</div>`),
    },
  };
}

function inlineCssAndCsp(apiOrigin: string | undefined, earlyScriptFor: (routeChunks: Array<[string, string[]]>, entry: string, entryChunks: string[]) => string): Plugin {
  return {
    name: 'lede:inline-css-and-csp',
    apply: 'build',
    enforce: 'post',
    transformIndexHtml: {
      order: 'post',
      handler(html, ctx) {
        let out = html.replace(/<link rel="stylesheet" crossorigin href="\/(assets\/[^"]+\.css)">/g, (tag, file: string) => {
          const asset = ctx.bundle?.[file];
          return asset && asset.type === 'asset' ? `<style>${String(asset.source)}</style>` : tag;
        });
        const bundle = (ctx.bundle ?? {}) as unknown as Parameters<typeof pageChunks>[0];
        // The inline script loads the app's code itself (on a story page, after the story's first paint), so the
        // entry script and Vite's modulepreload links leave the HTML and go to the script (src/boot/early-story.ts).
        let entry: string | undefined;
        out = out.replace(/\s*<script type="module" crossorigin src="(\/assets\/[^"]+\.js)"><\/script>/, (_tag, src: string) => {
          entry = src;
          return '';
        });
        // The same chunks as these links, but in the order the early script evaluates them.
        out = out.replace(/\s*<link rel="modulepreload" crossorigin href="\/assets\/[^"]+\.js">/g, '');
        if (!entry) throw new Error('lede:inline-css-and-csp: no entry <script type="module"> in index.html');
        const earlyScript = earlyScriptFor(
          PRELOADED_ROUTES.map(([path, module]) => [path, pageChunks(bundle, module)]),
          entry,
          entryImportsInOrder(bundle),
        );
        out = out.replace('</head>', `  <script>${earlyScript}</script>\n  </head>`);
        // The preferences script runs first in <head> so the first paint already has the reader's theme and size.
        const prefsScript = preferencesScript();
        const { scripts, styles } = inlineBodies(`${out}<script>${prefsScript}</script>`);
        const csp = metaCsp({ apiOrigin, inlineScripts: scripts, inlineStyles: styles });
        out = out.replace(
          '<meta charset="utf-8" />',
          `<meta charset="utf-8" />\n    <meta http-equiv="Content-Security-Policy" content="${csp}" />\n    <script>${prefsScript}</script>`,
        );
        return out;
      },
    },
  };
}

const REACT_TO_PREACT = [
  { find: /^react$/, replacement: fileURLToPath(new URL('./src/compat/react.ts', import.meta.url)) },
  { find: /^react\/jsx-runtime$/, replacement: 'preact/compat/jsx-runtime' },
  { find: /^react\/jsx-dev-runtime$/, replacement: 'preact/compat/jsx-dev-runtime' },
  { find: /^react-dom$/, replacement: 'preact/compat' },
  { find: /^react-dom\/client$/, replacement: 'preact/compat/client' },
  { find: /^react-dom\/test-utils$/, replacement: 'preact/test-utils' },
];

export default defineConfig(({ mode, command }) => {
  const env = loadEnv(mode, process.cwd(), 'VITE_');
  const apiBase = env.VITE_API_BASE_URL ?? process.env.VITE_API_BASE_URL;
  const demo = !apiBase;
  const apiOrigin = apiBase && /^https?:\/\//.test(apiBase) ? new URL(apiBase).origin : undefined;
  return {
    plugins: [
      react(),
      // The dev server uses MSW's own worker; builds answer /api from the caching worker instead.
      ...(demo && command === 'serve' && mode !== 'test' ? [msw({ mode: 'worker-only' })] : []),
      VitePWA({
        strategies: 'injectManifest',
        srcDir: demo ? 'src/sw/demo' : 'src/sw/live',
        filename: 'sw.ts',
        injectRegister: false,
        registerType: 'prompt',
        devOptions: { enabled: false }, // never beside MSW's dev worker (vite-pwa issue 693)
        injectManifest: {
          globPatterns: ['**/*.{js,css,html,svg,png,webmanifest}', ...(demo ? ['images/*-480.webp'] : [])],
          globIgnores: ['**/mockServiceWorker.js', 'static/**'],
          maximumFileSizeToCacheInBytes: 3 * 1024 * 1024,
        },
        manifest: {
          id: '/',
          name: 'Lede — calm, fast news',
          short_name: 'Lede',
          description: 'An offline-first news reader: fast, calm and accessible stories that stay readable offline.',
          lang: 'en',
          start_url: '/',
          scope: '/',
          display: 'standalone',
          background_color: '#fbfaf7',
          theme_color: '#1d2a3a',
          icons: [
            { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
            { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
            { src: '/icons/icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
          ],
          shortcuts: [
            { name: 'Most popular this week', short_name: 'Popular', url: '/popular', icons: [{ src: '/icons/icon-192.png', sizes: '192x192' }] },
            { name: 'Saved stories', short_name: 'Saved', url: '/saved', icons: [{ src: '/icons/icon-192.png', sizes: '192x192' }] },
          ],
        },
      }),
      appShell(),
      inlineCssAndCsp(apiOrigin, (routeChunks, entry, entryChunks) =>
        earlyStoryScript({ apiBase: apiBase ?? '/api', demo, sizes: STORY_IMAGE_SIZES, routeChunks, entry, entryChunks, timeZone: PUBLICATION.timeZone }),
      ),
    ],
    define: { __LEDE_DEMO__: JSON.stringify(demo) },
    // Preact renders the app (docs/decisions.md): every `react` / `react-dom` import, ours and the libraries',
    // resolves to preact/compat, in dev, builds and tests alike.
    resolve: { alias: REACT_TO_PREACT },
    server: { port: 5173, strictPort: false },
    preview: { port: 4173, strictPort: true },
    build: {
      target: 'es2022',
      sourcemap: false,
      manifest: true,
      outDir: process.env.LEDE_OUT_DIR ?? 'dist',
      emptyOutDir: true,
      rolldownOptions: {
        output: {
          // V8's explicit compile hint: the code Lede ships runs when its chunk loads (the boot chunks at start, a page's
          // chunk when the reader opens it), so V8 compiles it eagerly on a background thread while it downloads,
          // instead of function by function on the main thread during the first render (docs/decisions.md).
          postBanner: '//# allFunctionsCalledOnLoad',
          // Every page needs the framework and the small shared app modules: one chunk each instead of a dozen
          // tiny ones saves a request per module and the per-chunk wrapper bytes (measured: see budget.json).
          codeSplitting: {
            groups: [
              // One chunk per library, not one framework chunk: the early script evaluates each in a task of its own.
              { name: 'preact', test: /(node_modules[\\/]preact[\\/])|src[\\/]compat[\\/]/ },
              { name: 'query', test: /node_modules[\\/]@tanstack[\\/](query-core|react-query)[\\/]/ },
              { name: 'router', test: /node_modules[\\/]react-router[\\/]/ },
              { name: 'valibot', test: /node_modules[\\/]valibot[\\/]/ },
              // The small pieces both the story and the front page use (and most list pages): one chunk, not five
              // (each chunk costs its import/export wrapper bytes and a request; measured: see budget.json).
              { name: 'parts', includeDependenciesRecursively: false, test: /src[\\/](components[\\/](HotTopics|MostPopular|StoryCard|Figure|QuerySection)\.tsx|routes[\\/]usePrefetchStory\.ts)$/ },
              // Page-specific helpers (preferences, search highlighting, reading position) stay with their pages.
              { name: 'shared', test: /[\\/]src[\\/](api|queries|lib[\\/](?!preferences|highlight|reading-position)|pwa[\\/](store|recent))/ },
            ],
          },
        },
      },
    },
    test: {
      environment: 'jsdom',
      setupFiles: ['./vitest.setup.ts'],
      include: ['src/**/*.test.{ts,tsx}', 'mocks/**/*.test.{ts,tsx}', 'scripts/**/*.test.{ts,mjs}'],
      exclude: [...configDefaults.exclude, 'e2e/**'],
      restoreMocks: true,
      // Libraries that import react must go through the aliases above, so Vitest bundles them instead of
      // letting Node load React itself.
      // Testing Library's package has no `exports`, so Node would load its CommonJS build, whose require('react-dom')
      // no alias can reach; its ES module build goes through Vite like the app.
      alias: [{ find: /^@testing-library\/react$/, replacement: '@testing-library/react/dist/@testing-library/react.esm.js' }],
      server: { deps: { inline: [/@testing-library[\\/]react/, /react-router/, /@tanstack[\\/]react-/] } },
      testTimeout: 30_000,
    },
  };
});
