// The inline boot scripts as the build bundles them: each runs as a classic script and does its job.
// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { appShellHtml } from '../src/boot/shell';
import type { EarlyStoryConfig } from '../src/boot/early-story';
import type { PageStartConfig } from '../src/boot/page-start';
import { PREFERENCES_KEY } from '../src/lib/preferences';
import { bundleInlineScript } from './inline-script';

afterEach(() => {
  vi.unstubAllGlobals();
  document.documentElement.removeAttribute('data-theme');
  document.documentElement.removeAttribute('data-save-data');
  document.getElementById('root')?.remove();
  document.head.querySelectorAll('link[rel="modulepreload"], script[type="module"]').forEach((node) => node.remove());
  window.localStorage.clear();
});

describe('inline boot scripts', () => {
  it('the preferences script applies a stored theme before anything else runs', async () => {
    const source = await bundleInlineScript('src/boot/preferences-entry.ts');
    window.localStorage.setItem(PREFERENCES_KEY, JSON.stringify({ theme: 'dark' }));
    new Function(source)();
    expect(document.documentElement.getAttribute('data-theme')).toBe('dark');
  });

  it("the preferences script marks <html> for the data saver before the first paint: the reader's 'on', or Save-Data on 'auto'", async () => {
    const source = await bundleInlineScript('src/boot/preferences-entry.ts');
    const root = document.documentElement;
    window.localStorage.setItem(PREFERENCES_KEY, JSON.stringify({ dataSaver: 'on' }));
    new Function(source)();
    expect(root).toHaveAttribute('data-save-data');
    window.localStorage.clear();
    new Function(source)();
    expect(root).not.toHaveAttribute('data-save-data');
    vi.stubGlobal('navigator', { connection: { saveData: true } });
    new Function(source)();
    expect(root).toHaveAttribute('data-save-data');
  });

  it('the early script carries its settings and starts the app off story pages and the front page', async () => {
    const config: EarlyStoryConfig = {
      apiBase: '/api',
      demo: false,
      testSwitches: false,
      snapshotStories: [],
      sizes: '100vw',
      routeChunks: [['^/archive$', ['assets/ArchivePage-1.js']]],
      entry: '/assets/main-1.js',
      entryChunks: ['/assets/framework-1.js'],
    };
    const source = await bundleInlineScript('src/boot/early-entry.ts', { __LEDE_EARLY__: config });
    expect(source).not.toContain('__LEDE_EARLY__');
    const root = document.createElement('div');
    root.id = 'root';
    root.innerHTML = appShellHtml(); // the build's own static markup (trusted, no content)
    document.body.append(root);
    vi.stubGlobal('fetch', vi.fn());
    window.history.replaceState(null, '', '/archive');
    new Function(source)();
    const preloads = [...document.head.querySelectorAll('link[rel="modulepreload"]')].map((link) => link.getAttribute('href'));
    expect(preloads).toEqual(['/assets/framework-1.js', '/assets/main-1.js', '/assets/ArchivePage-1.js']);
    expect(document.head.querySelector('script[type="module"]')?.getAttribute('src')).toBe('/assets/main-1.js');
  });

  it('the page start carries its settings and starts the app of a rendered page after it has been painted', async () => {
    const config: PageStartConfig = {
      routeChunks: [['^/archive$', ['assets/ArchivePage-1.js']]],
      entry: '/assets/main-1.js',
      entryChunks: ['/assets/framework-1.js'],
      timeZone: 'America/New_York',
      manifest: '/manifest.webmanifest',
    };
    const source = await bundleInlineScript('src/boot/page-start-entry.ts', { __LEDE_PAGE_START__: config });
    expect(source).not.toContain('__LEDE_PAGE_START__');
    // None of the early paint (the story header it draws) rides along on every rendered page.
    expect(source).not.toContain('story-header');
    vi.stubGlobal('Worker', vi.fn());
    window.history.replaceState(null, '', '/archive');
    document.documentElement.setAttribute('data-server-rendered', '');
    try {
      new Function(source)();
      await vi.waitFor(() => expect(document.head.querySelector('script[type="module"]')?.getAttribute('src')).toBe('/assets/main-1.js'));
      const preloads = [...document.head.querySelectorAll('link[rel="modulepreload"]')].map((link) => link.getAttribute('href'));
      expect(preloads).toEqual(['/assets/framework-1.js', '/assets/main-1.js', '/assets/ArchivePage-1.js']);
      expect(document.head.querySelector('link[rel="manifest"]')?.getAttribute('href')).toBe('/manifest.webmanifest');
    } finally {
      document.head.querySelector('link[rel="manifest"]')?.remove();
      document.documentElement.removeAttribute('data-server-rendered');
    }
  });
});
