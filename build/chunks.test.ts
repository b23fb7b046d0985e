// The chunks the early script preloads: a page module with no chunk of its own fails the build instead of
// silently dropping its preload.
import { describe, expect, it } from 'vitest';
import { pageChunks, type Bundle } from './chunks.ts';

const bundle: Bundle = {
  'assets/main.js': { type: 'chunk', fileName: 'assets/main.js', isEntry: true, facadeModuleId: '/repo/src/main.tsx', imports: ['assets/shared.js'] },
  'assets/shared.js': { type: 'chunk', fileName: 'assets/shared.js', imports: [] },
  'assets/StoryPage.js': {
    type: 'chunk',
    fileName: 'assets/StoryPage.js',
    facadeModuleId: '/repo/src/routes/story/StoryPage.tsx',
    imports: ['assets/shared.js', 'assets/parts.js'],
  },
  'assets/parts.js': { type: 'chunk', fileName: 'assets/parts.js', imports: [] },
};

describe('pageChunks', () => {
  it("lists a page's chunk and what it imports, less what the entry loads", () => {
    expect(pageChunks(bundle, 'src/routes/story/StoryPage.tsx')).toEqual(['assets/parts.js', 'assets/StoryPage.js']);
  });

  it('fails for a module the build has no chunk for (a moved file)', () => {
    expect(() => pageChunks(bundle, 'src/pwa/demo-fetch.ts')).toThrow('no chunk for src/pwa/demo-fetch.ts');
  });
});
