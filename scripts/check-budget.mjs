// `npm run budget`: the gzip size of the JS and CSS each route loads, from the Vite build manifest, against budget.json.
// Usage: node scripts/check-budget.mjs [distDir]   (default dist; the build needs `build.manifest: true`)
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { constants, gzipSync } from 'node:zlib';

/** The manifest key of the app's entry chunk (a build input of its own: build/chunks.ts). */
export const ENTRY_KEY = 'src/main.tsx';

/** Routes measured, with the manifest key of the page chunk each one lazily loads. */
export const ROUTES = {
  story: 'src/routes/story/StoryPage.tsx',
  front: 'src/routes/front/FrontPage.tsx',
};

/**
 * The files a route loads: the entry chunk and its static imports (recursively), then the route's
 * dynamic chunk and its static imports (recursively), each file once. Dynamic imports are not
 * followed (they load only when some code asks for them, e.g. the demo's MSW worker or other pages).
 *
 * @param {Record<string, { file: string; imports?: string[]; css?: string[] }>} manifest Vite's `.vite/manifest.json`
 * @param {string} entryKey manifest key of the entry, usually `index.html`
 * @param {string} routeKey manifest key of the route's lazy page module
 * @returns {{ js: string[]; css: string[] }} output file paths relative to the dist directory, in load order
 */
export function routeAssets(manifest, entryKey, routeKey) {
  const js = [];
  const css = [];
  const seenChunks = new Set();
  const visit = (key) => {
    if (seenChunks.has(key)) return;
    const chunk = manifest[key];
    if (!chunk) throw new Error(`The build manifest has no chunk "${key}".`);
    seenChunks.add(key);
    if (!js.includes(chunk.file)) js.push(chunk.file);
    for (const file of chunk.css ?? []) if (!css.includes(file)) css.push(file);
    for (const imported of chunk.imports ?? []) visit(imported);
  };
  visit(entryKey);
  visit(routeKey);
  return { js, css };
}

/**
 * The libraries' chunks (build/chunks.ts puts React and React DOM, React Router, TanStack Query and valibot in one
 * `framework` chunk) and the bundler's runtime. Everything else a route loads is the app's code.
 */
export const FRAMEWORK_CHUNKS = new Set(['framework', 'rolldown-runtime']);

/**
 * Splits a route's JS files into the libraries' chunks and the app's own.
 *
 * @param {Record<string, { file: string; name?: string }>} manifest Vite's `.vite/manifest.json`
 * @param {string[]} files output JS files of a route (from routeAssets)
 * @returns {{ framework: string[]; app: string[] }}
 */
export function splitFramework(manifest, files) {
  const names = new Map(Object.values(manifest).map((chunk) => [chunk.file, chunk.name]));
  const framework = files.filter((file) => FRAMEWORK_CHUNKS.has(names.get(file) ?? ''));
  return { framework, app: files.filter((file) => !framework.includes(file)) };
}

/** Gzip size in bytes at level 9 (what a well-configured server or CDN sends, give or take). */
export function gzipBytes(buffer) {
  return gzipSync(buffer, { level: constants.Z_BEST_COMPRESSION }).length;
}

const kib = (bytes) => bytes / 1024;

function main() {
  const dist = resolve(process.argv[2] ?? 'dist');
  const manifestPath = join(dist, '.vite', 'manifest.json');
  if (!existsSync(manifestPath)) {
    console.error(
      `No build manifest at ${manifestPath}. Build with the manifest enabled (\`build: { manifest: true }\` in vite.config.ts, ` +
        'or `npx vite build --manifest`), then run this again.',
    );
    process.exit(2);
  }
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
  const budget = JSON.parse(readFileSync(new URL('../budget.json', import.meta.url), 'utf8'));
  const size = (file) => gzipBytes(readFileSync(join(dist, file)));

  let over = 0;
  console.log(`Route budgets for ${dist} (gzip level 9, KiB):`);
  for (const [route, key] of Object.entries(ROUTES)) {
    const limits = budget.routes?.[route];
    if (!limits) {
      console.error(`budget.json has no entry for route "${route}".`);
      over += 1;
      continue;
    }
    const { js, css } = routeAssets(manifest, ENTRY_KEY, key);
    const { framework, app } = splitFramework(manifest, js);
    const total = (files) => kib(files.reduce((sum, file) => sum + size(file), 0));
    for (const [label, measured, limit] of [
      ['framework JS', total(framework), limits.frameworkJsGzipKiB],
      ['app JS      ', total(app), limits.appJsGzipKiB],
      ['CSS         ', total(css), limits.cssGzipKiB],
    ]) {
      const ok = typeof limit === 'number' && measured <= limit;
      if (!ok) over += 1;
      console.log(`  ${ok ? 'ok  ' : 'OVER'} ${route.padEnd(6)} ${label} ${measured.toFixed(2).padStart(7)} / ${String(limit).padStart(4)}`);
    }
    console.log(`       ${''.padEnd(6)} all JS       ${total(js).toFixed(2).padStart(7)}`);
    console.log(`       ${''.padEnd(6)} files: ${[...js, ...css].map((file) => file.replace(/^assets\//, '')).join(', ')}`);
  }
  if (over > 0) {
    console.error(`${over} budget${over === 1 ? '' : 's'} exceeded. See budget.json ("why") before raising a limit.`);
    process.exit(1);
  }
  console.log('All route budgets met.');
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) main();
