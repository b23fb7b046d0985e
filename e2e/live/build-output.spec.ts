// The live build must ship no MSW code and no fixtures; the demo build must (inside its service worker).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '../fixtures';
import { stories } from '../../mocks/fixtures/stories';
import { builtCode as builtCodeAndHtml, WORDPRESS_MARKERS } from '../build-markers';

function builtCode(dir: string): string {
  const assets = readdirSync(join(dir, 'assets')).filter((file) => file.endsWith('.js'));
  return [...assets.map((file) => join(dir, 'assets', file)), join(dir, 'sw.js')].map((file) => readFileSync(file, 'utf8')).join('\n');
}

/** The entry and its chunks as the build wrote them into the inline early script's settings (build/html.ts). */
function earlyConfig(html: string): { entry: string; entryChunks: string[] } {
  const strings = (text: string) => [...text.matchAll(/["'`](\/assets\/[\w.-]+\.js)["'`]/g)].map((match) => match[1] as string);
  const entry = strings(html.match(/entry:\s*(["'`][^"'`]+["'`])/)?.[1] ?? '')[0] ?? '';
  return { entry, entryChunks: strings(html.match(/entryChunks:\s*\[([^\]]*)\]/)?.[1] ?? '') };
}

const MSW_MARKERS = ['mockServiceWorker', 'Mock Service Worker', 'msw/'];
const FIXTURE_TEXT = stories.slice(0, 5).map((story) => story.headline);

test('the live build contains no MSW code and no fixture content', () => {
  const code = builtCode(process.env.LEDE_DIST_LIVE ?? 'dist-live');
  // Booleans, not toContain: a failure should name the marker, not print megabytes of bundle.
  const found = [...MSW_MARKERS, 'lede-scenario', ...FIXTURE_TEXT.map((headline) => headline.slice(0, 40))].filter((marker) => code.includes(marker));
  expect(found).toEqual([]);
});

test('the demo and live builds carry no WordPress source code (one content source per build)', () => {
  for (const dir of [process.env.LEDE_DIST_LIVE ?? 'dist-live', process.env.LEDE_DIST ?? 'dist']) {
    const code = builtCodeAndHtml(dir);
    expect(WORDPRESS_MARKERS.filter((marker) => code.includes(marker)), dir).toEqual([]);
  }
});

test('builds ship React DOM as the renderer, and no Preact', () => {
  for (const dir of [process.env.LEDE_DIST_LIVE ?? 'dist-live', process.env.LEDE_DIST ?? 'dist']) {
    const code = builtCode(dir);
    // Strings only React DOM's production client contains.
    const react = ['__reactContainer$', '__reactFiber$'].filter((marker) => code.includes(marker));
    expect(react, dir).toEqual(['__reactContainer$', '__reactFiber$']);
    // Preact's own internal option hooks (`__b`, `__r`, `diffed`) travel with this string in every build of it.
    expect(code.includes('preact'), dir).toBe(false);
  }
});

test('the demo build carries the fixtures in its service worker, not in the page bundle', () => {
  const demo = process.env.LEDE_DIST ?? 'dist';
  const worker = readFileSync(join(demo, 'sw.js'), 'utf8');
  expect(FIXTURE_TEXT.some((headline) => worker.includes(headline.slice(0, 30)))).toBe(true);
  const entry = earlyConfig(readFileSync(join(demo, 'index.html'), 'utf8')).entry.slice(1);
  expect(entry).toBeTruthy();
  expect(readFileSync(join(demo, entry as string), 'utf8')).not.toContain(FIXTURE_TEXT[0]?.slice(0, 30));
});

test('the early script evaluates the entry chunks dependencies first, each chunk carrying a compile hint', () => {
  for (const dir of [process.env.LEDE_DIST_LIVE ?? 'dist-live', process.env.LEDE_DIST ?? 'dist']) {
    const html = readFileSync(join(dir, 'index.html'), 'utf8');
    const { entry, entryChunks } = earlyConfig(html);
    const order = [...entryChunks, entry];
    // The entry last, after at least the libraries it imports (one chunk per library).
    expect(order.at(-1), dir).toMatch(/^\/assets\/main-[\w-]+\.js$/);
    expect(order.length, dir).toBeGreaterThan(3);
    // Every static import of a chunk is evaluated before it, so each script evaluates one chunk's own code.
    order.forEach((file, index) => {
      const imports = [...readFileSync(join(dir, file), 'utf8').matchAll(/(?:import|from)\s*"\.\/([\w.-]+\.js)"/g)].map((match) => `/assets/${match[1]}`);
      for (const imported of imports) expect(order.indexOf(imported), `${dir}: ${file} imports ${imported}`).toBeGreaterThan(-1);
      for (const imported of imports) expect(order.indexOf(imported), `${dir}: ${file} imports ${imported}`).toBeLessThan(index);
    });
    const assets = readdirSync(join(dir, 'assets')).filter((file) => file.endsWith('.js'));
    const withoutHint = assets.filter((file) => !readFileSync(join(dir, 'assets', file), 'utf8').includes('//# allFunctionsCalledOnLoad\n'));
    expect(withoutHint, dir).toEqual([]);
  }
});
