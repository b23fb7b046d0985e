// The HTTP-API build must ship no MSW code and no fixtures; the demo build must (inside its service worker), and the demo a
// visitor gets carries no test switches.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '../fixtures';
import { stories } from '../../mocks/fixtures/stories';
import { GENERATED_LIVE_SLUG } from '../../mocks/fixtures/live-generator';
import { TEST_SWITCH_COOKIES } from '../../mocks/test-switches';
import { builtCode as builtCodeAndHtml, WORDPRESS_MARKERS } from '../build-markers';
import { SHELL_FILE } from '../../src/lib/server-state';

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

test('the HTTP-API build contains no MSW code and no fixture content', () => {
  const code = builtCode(process.env.LEDE_DIST_HTTP ?? 'dist-http');
  // Booleans, not toContain: a failure should name the marker, not print megabytes of bundle.
  const markers = [...MSW_MARKERS, ...Object.values(TEST_SWITCH_COOKIES), ...FIXTURE_TEXT.map((headline) => headline.slice(0, 40))];
  const found = markers.filter((marker) => code.includes(marker));
  expect(found).toEqual([]);
});

/**
 * The code of the test switches and of what exists only for tests: every switch's cookie name (failure scenario,
 * story version, live clock, archive and live story sizes), a scenario's own answer, the generated live story.
 */
const TEST_SWITCH_MARKERS = [...Object.values(TEST_SWITCH_COOKIES), 'Scenario: server error', GENERATED_LIVE_SLUG];

// That no switch changes the public demo is proven by behaviour (e2e/public-demo/); this checks that their code is not
// even shipped to visitors.
test('the public demo build (npx vite build) ships no test switch code, in its pages or its service worker; only the e2e build does', () => {
  const publicDemo = builtCode(process.env.LEDE_DIST ?? 'dist');
  expect(TEST_SWITCH_MARKERS.filter((marker) => publicDemo.includes(marker))).toEqual([]);
  // The same markers are found where the switches are, so their absence above means something.
  const e2eDemo = builtCode(process.env.LEDE_DIST_E2E ?? 'dist-e2e');
  expect(TEST_SWITCH_MARKERS.filter((marker) => !e2eDemo.includes(marker))).toEqual([]);
});

test('the demo and HTTP-API builds carry no WordPress source code (one content source per build)', () => {
  for (const dir of [process.env.LEDE_DIST_HTTP ?? 'dist-http', process.env.LEDE_DIST ?? 'dist']) {
    const code = builtCodeAndHtml(dir);
    expect(
      WORDPRESS_MARKERS.filter((marker) => code.includes(marker)),
      dir,
    ).toEqual([]);
  }
});

test('builds ship React DOM as the renderer, and no Preact', () => {
  for (const dir of [process.env.LEDE_DIST_HTTP ?? 'dist-http', process.env.LEDE_DIST ?? 'dist']) {
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
  const entry = earlyConfig(readFileSync(join(demo, SHELL_FILE), 'utf8')).entry.slice(1);
  expect(entry).toBeTruthy();
  expect(readFileSync(join(demo, entry as string), 'utf8')).not.toContain(FIXTURE_TEXT[0]?.slice(0, 30));
});

test('the early script preloads every chunk the entry imports, and each chunk carries a compile hint', () => {
  for (const dir of [process.env.LEDE_DIST_HTTP ?? 'dist-http', process.env.LEDE_DIST ?? 'dist']) {
    // The frame (index.html is the demo's front page, rendered ahead without the early script).
    const html = readFileSync(join(dir, SHELL_FILE), 'utf8');
    const { entry, entryChunks } = earlyConfig(html);
    const order = [...entryChunks, entry];
    expect(entry, dir).toMatch(/^\/assets\/main-[\w-]+\.js$/);
    expect(
      entryChunks.some((file) => /\/framework-[\w-]+\.js$/.test(file)),
      dir,
    ).toBe(true);
    // Every static import of every preloaded chunk is preloaded too: nothing waits for a request the script did not start.
    for (const file of order) {
      const imports = [...readFileSync(join(dir, file), 'utf8').matchAll(/(?:import|from)\s*"\.\/([\w.-]+\.js)"/g)].map(
        (match) => `/assets/${match[1]}`,
      );
      for (const imported of imports) expect(order, `${dir}: ${file} imports ${imported}`).toContain(imported);
    }
    const assets = readdirSync(join(dir, 'assets')).filter((file) => file.endsWith('.js'));
    const withoutHint = assets.filter((file) => !readFileSync(join(dir, 'assets', file), 'utf8').includes('//# allFunctionsCalledOnLoad\n'));
    expect(withoutHint, dir).toEqual([]);
  }
});
