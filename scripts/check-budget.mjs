// `npm run budget`: the gzip size of the JS and CSS each route loads, from the Vite build manifest, against budget.json.
// Usage: node scripts/check-budget.mjs [distDir]   (default dist; the build needs `build.manifest: true`)
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { constants, gzipSync } from 'node:zlib';

/** The manifest key of the HTML entry chunk. */
export const ENTRY_KEY = 'index.html';

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
    const jsKiB = kib(js.reduce((sum, file) => sum + size(file), 0));
    const cssKiB = kib(css.reduce((sum, file) => sum + size(file), 0));
    for (const [label, measured, limit] of [
      ['JS ', jsKiB, limits.jsGzipKiB],
      ['CSS', cssKiB, limits.cssGzipKiB],
    ]) {
      const ok = measured <= limit;
      if (!ok) over += 1;
      console.log(`  ${ok ? 'ok  ' : 'OVER'} ${route.padEnd(6)} ${label} ${measured.toFixed(2).padStart(7)} / ${String(limit).padStart(4)}`);
    }
    console.log(`       ${''.padEnd(6)} files: ${[...js, ...css].map((file) => file.replace(/^assets\//, '')).join(', ')}`);
  }
  if (over > 0) {
    console.error(`${over} budget${over === 1 ? '' : 's'} exceeded. See budget.json ("why") before raising a limit.`);
    process.exit(1);
  }
  console.log('All route budgets met.');
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) main();
