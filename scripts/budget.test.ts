// The route-asset walk behind `npm run budget`, on a small hand-written Vite manifest.
import { describe, expect, it } from 'vitest';
import { gzipBytes, routeAssets, splitFramework, type Manifest } from './check-budget.mjs';

const manifest: Manifest = {
  'index.html': {
    file: 'assets/index.js',
    src: 'index.html',
    isEntry: true,
    imports: ['_vendor.js'],
    dynamicImports: ['src/routes/story/StoryPage.tsx', 'src/routes/front/FrontPage.tsx', 'mocks/browser.ts'],
    css: ['assets/index.css'],
  },
  '_vendor.js': { file: 'assets/vendor.js' },
  '_shared.js': { file: 'assets/shared.js', imports: ['index.html', '_deep.js'], css: ['assets/shared.css'] },
  '_deep.js': { file: 'assets/deep.js', imports: ['_vendor.js'] },
  '_cycle-a.js': { file: 'assets/cycle-a.js', imports: ['_cycle-b.js'] },
  '_cycle-b.js': { file: 'assets/cycle-b.js', imports: ['_cycle-a.js'] },
  'src/routes/story/StoryPage.tsx': {
    file: 'assets/StoryPage.js',
    isDynamicEntry: true,
    imports: ['_shared.js', 'index.html', '_cycle-a.js'],
    dynamicImports: ['src/routes/front/FrontPage.tsx'],
    css: ['assets/StoryPage.css', 'assets/index.css'],
  },
  'src/routes/front/FrontPage.tsx': { file: 'assets/FrontPage.js', isDynamicEntry: true, imports: ['index.html', '_shared.js'] },
  'mocks/browser.ts': { file: 'assets/browser.js', isDynamicEntry: true },
};

describe('routeAssets', () => {
  it('follows static imports of the entry and the route recursively, each file once', () => {
    const { js } = routeAssets(manifest, 'index.html', 'src/routes/story/StoryPage.tsx');
    expect(js).toEqual([
      'assets/index.js',
      'assets/vendor.js',
      'assets/StoryPage.js',
      'assets/shared.js',
      'assets/deep.js',
      'assets/cycle-a.js',
      'assets/cycle-b.js',
    ]);
    expect(new Set(js).size).toBe(js.length);
  });

  it('does not follow dynamic imports (other pages, the demo mocks)', () => {
    const { js } = routeAssets(manifest, 'index.html', 'src/routes/story/StoryPage.tsx');
    expect(js).not.toContain('assets/FrontPage.js');
    expect(js).not.toContain('assets/browser.js');
  });

  it('includes the CSS of every chunk loaded, deduplicated', () => {
    const { css } = routeAssets(manifest, 'index.html', 'src/routes/story/StoryPage.tsx');
    expect(css).toEqual(['assets/index.css', 'assets/StoryPage.css', 'assets/shared.css']);
  });

  it('shares chunks between routes without counting them twice', () => {
    const front = routeAssets(manifest, 'index.html', 'src/routes/front/FrontPage.tsx');
    expect(front.js).toEqual(['assets/index.js', 'assets/vendor.js', 'assets/FrontPage.js', 'assets/shared.js', 'assets/deep.js']);
    expect(front.css).toEqual(['assets/index.css', 'assets/shared.css']);
  });

  it('says which chunk is missing when the manifest does not match', () => {
    expect(() => routeAssets(manifest, 'index.html', 'src/routes/gone/GonePage.tsx')).toThrow(/GonePage/);
  });
});

describe('gzipBytes', () => {
  it('compresses repetitive text far below its raw size', () => {
    const text = 'lede '.repeat(1000);
    expect(gzipBytes(text)).toBeLessThan(200);
    expect(gzipBytes(text)).toBeGreaterThan(0);
  });
});

describe('splitFramework', () => {
  it("counts the libraries' named chunks as the framework and everything else as the app's code", () => {
    const named: Manifest = {
      'index.html': { file: 'assets/index.js', isEntry: true, imports: ['_framework.js', '_runtime.js', '_shared.js'] },
      '_framework.js': { file: 'assets/framework-1.js', name: 'framework' },
      '_runtime.js': { file: 'assets/rolldown-runtime-2.js', name: 'rolldown-runtime' },
      '_shared.js': { file: 'assets/shared-3.js', name: 'shared' },
    };
    const { js } = routeAssets(named, 'index.html', 'index.html');
    expect(splitFramework(named, js)).toEqual({
      framework: ['assets/framework-1.js', 'assets/rolldown-runtime-2.js'],
      app: ['assets/index.js', 'assets/shared-3.js'],
    });
  });
});
