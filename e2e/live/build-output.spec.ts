// The live build must ship no MSW code and no fixtures; the demo build must (inside its service worker).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '../fixtures';
import { stories } from '../../mocks/fixtures/stories';

function builtCode(dir: string): string {
  const assets = readdirSync(join(dir, 'assets')).filter((file) => file.endsWith('.js'));
  return [...assets.map((file) => join(dir, 'assets', file)), join(dir, 'sw.js')].map((file) => readFileSync(file, 'utf8')).join('\n');
}

const MSW_MARKERS = ['mockServiceWorker', 'Mock Service Worker', 'msw/'];
const FIXTURE_TEXT = stories.slice(0, 5).map((story) => story.headline);

test('the live build contains no MSW code and no fixture content', () => {
  const code = builtCode(process.env.LEDE_DIST_LIVE ?? 'dist-live');
  // Booleans, not toContain: a failure should name the marker, not print megabytes of bundle.
  const found = [...MSW_MARKERS, 'lede-scenario', ...FIXTURE_TEXT.map((headline) => headline.slice(0, 40))].filter((marker) => code.includes(marker));
  expect(found).toEqual([]);
});

test('builds ship Preact as the renderer, never React DOM (docs/decisions.md)', () => {
  for (const dir of [process.env.LEDE_DIST_LIVE ?? 'dist-live', process.env.LEDE_DIST ?? 'dist']) {
    const code = builtCode(dir);
    // Strings only React DOM's production client contains.
    const found = ['__reactContainer$', '__reactFiber$', 'react.dom.root'].filter((marker) => code.includes(marker));
    expect(found, dir).toEqual([]);
  }
});

test('the demo build carries the fixtures in its service worker, not in the page bundle', () => {
  const demo = process.env.LEDE_DIST ?? 'dist';
  const worker = readFileSync(join(demo, 'sw.js'), 'utf8');
  expect(FIXTURE_TEXT.some((headline) => worker.includes(headline.slice(0, 30)))).toBe(true);
  const entry = readFileSync(join(demo, 'index.html'), 'utf8').match(/"\/(assets\/index-[^"]+\.js)"/)?.[1];
  expect(entry).toBeTruthy();
  expect(readFileSync(join(demo, entry as string), 'utf8')).not.toContain(FIXTURE_TEXT[0]?.slice(0, 30));
});
