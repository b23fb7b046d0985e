// The chunks the early script preloads (a page module with no chunk of its own fails the build instead of silently
// dropping its preload), and the groups that keep every page's first load to few files.
import { describe, expect, it } from 'vitest';
import { CHUNK_GROUPS, pageChunks, type Bundle } from './chunks.ts';

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

describe('CHUNK_GROUPS', () => {
  const groupOf = (path: string) => CHUNK_GROUPS.find((group) => group.test.test(path))?.name;

  it('puts the entry, the pieces of every first screen and the frame words in the one chunk every page loads', () => {
    for (const path of [
      '/repo/src/main.tsx',
      '/repo/src/components/Figure.tsx',
      '/repo/src/components/AppLink.tsx',
      '/repo/src/lib/words/ar/parts.ts',
    ])
      expect(groupOf(path), path).toBe('shared');
  });

  it("keeps the errors' words and a story's first screen out of it", () => {
    expect(groupOf('/repo/src/lib/words/en/errors.ts')).toBeUndefined();
    for (const path of ['/repo/src/components/StoryBody.tsx', '/repo/src/pwa/saved-queries.ts']) expect(groupOf(path), path).toBe('story-parts');
  });
});
