// Build and test configuration; Lede's own build logic lives in build/. The demo build (no VITE_API_BASE_URL) ships
// the fixtures inside the service worker; the HTTP-API build ships neither MSW nor fixtures. Local imports name their
// file (`.ts`), as Vite's native config loader wants.
import react from '@vitejs/plugin-react';
import { msw } from 'msw/vite';
import { defineConfig, loadEnv } from 'vite';
import { configDefaults } from 'vitest/config';
import { CHUNK_GROUPS, ENTRY_MODULE } from './build/chunks.ts';
import { ledeHtml, ledeInlineBoot } from './build/html.ts';
import { ledePwa } from './build/pwa.ts';
import { STORY_IMAGE_SIZES } from './src/lib/image-sizes.ts';
import { PUBLICATION } from './src/lib/publication.ts';
import { contentSourceSettings, ledeContentSources } from './build/content-source.ts';
import { ledeDemoSnapshot } from './build/demo-snapshot.ts';
import { ledePrerender } from './build/prerender.ts';
import { ledeServerModules } from './build/server-modules.ts';
import { ledePublication } from './build/publication.ts';

/** The mode of the demo built for the e2e suite and benches (`vite build --mode e2e`, `npm run build:e2e`): the code
 * asks `import.meta.env.MODE === 'e2e'` (mocks/demo-handlers.ts, src/pwa/demo-fetch.ts). */
const E2E_MODE = 'e2e';

/** The render server's entries, built by `vite build --ssr` into `<outDir>-ssr/`: the server (src/server/main.ts →
 * server.js) and the static demo's prerender (prerender.js, build/prerender.ts). */
const SERVER_ENTRIES = { server: 'src/server/main.ts', prerender: 'src/server/prerender.ts' };

export default defineConfig(({ mode, command, isSsrBuild }) => {
  const env = loadEnv(mode, process.cwd(), 'VITE_');
  const { source, apiBase, demo, apiOrigin, imageOrigins } = contentSourceSettings(env);
  // Only the mode turns the test switches on, never an environment variable a shell may carry into `npm run build`.
  const testSwitches = mode === E2E_MODE;
  const outDir = process.env.LEDE_OUT_DIR ?? 'dist';
  const define = { __LEDE_DEMO__: JSON.stringify(demo), __LEDE_SOURCE__: JSON.stringify(source) };
  if (isSsrBuild) {
    // The render server: the same source modules, loaders and components, bundled with React's server renderer into
    // one file that runs with Node alone (no node_modules beside it).
    return {
      plugins: [react(), ledePublication(env), ledeContentSources(), ledeServerModules()],
      // React's production build, as in the browser (Node's NODE_ENV is not the bundle's to decide).
      define: { ...define, 'process.env.NODE_ENV': JSON.stringify('production') },
      ssr: { noExternal: true, target: 'node' },
      build: {
        ssr: true,
        target: 'node24',
        outDir: `${outDir}-ssr`,
        emptyOutDir: true,
        copyPublicDir: false,
        sourcemap: false,
        rolldownOptions: { input: SERVER_ENTRIES, output: { entryFileNames: '[name].js' } },
      },
    };
  }
  const snapshot = ledeDemoSnapshot(demo);
  return {
    plugins: [
      react(),
      ledePublication(env),
      // The dev server uses MSW's own worker; builds answer /api from the caching worker instead.
      ...(demo && command === 'serve' && mode !== 'test' ? [msw({ mode: 'worker-only' })] : []),
      ledeContentSources(),
      snapshot,
      ledePwa(demo),
      ledeHtml(),
      // The public demo's pages rendered ahead of time (not the e2e suite's, whose test switches they would ignore).
      ledePrerender({ enabled: demo && !testSwitches && command === 'build', origin: env.VITE_SITE_ORIGIN || 'http://127.0.0.1:4173' }),
      ledeInlineBoot({
        apiOrigin,
        imageOrigins,
        source,
        snapshotKeys: snapshot.api.keys,
        early: { apiBase, demo, testSwitches, sizes: STORY_IMAGE_SIZES },
        timeZone: PUBLICATION.timeZone,
      }),
    ],
    define,
    server: { port: 5173, strictPort: false },
    preview: { port: 4173, strictPort: true },
    build: {
      target: 'es2022',
      sourcemap: false,
      manifest: true,
      outDir,
      emptyOutDir: true,
      rolldownOptions: {
        // index.html holds no script: the early script loads the app's entry (build/html.ts).
        input: { index: 'index.html', main: ENTRY_MODULE },
        output: {
          // V8's explicit compile hint: the code Lede ships runs when its chunk loads, so V8 compiles it eagerly on a
          // background thread while it downloads instead of function by function on the main thread.
          postBanner: '//# allFunctionsCalledOnLoad',
          codeSplitting: { groups: CHUNK_GROUPS },
        },
      },
    },
    test: {
      environment: 'jsdom',
      setupFiles: ['./vitest.setup.ts'],
      include: ['src/**/*.test.{ts,tsx}', 'mocks/**/*.test.{ts,tsx}', 'scripts/**/*.test.{ts,mjs}', 'build/**/*.test.ts'],
      exclude: [...configDefaults.exclude, 'e2e/**'],
      restoreMocks: true,
      testTimeout: 30_000,
    },
  };
});
