// The layer rules of .oxlintrc.json fire: probe files that break them are reported, probe files that keep them are not
// (oxlint merges a rule's pattern groups, so a badly ordered group silently allows everything).
import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..');
const written: string[] = [];

/** Lints one probe file at `path` (inside src/) that imports `specifier`; true when oxlint reports the import. */
function reported(path: string, specifier: string): boolean {
  const file = join(ROOT, path);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, `import * as probe from '${specifier}';\nexport const used = probe;\n`);
  written.push(file);
  const run = spawnSync(
    process.execPath,
    [join(ROOT, 'node_modules/oxlint/bin/oxlint'), '-c', '.oxlintrc.json', '-A', 'all', '-D', 'no-restricted-imports', path],
    {
      cwd: ROOT,
      encoding: 'utf8',
    },
  );
  return /no-restricted-imports/.test(run.stdout + run.stderr);
}

afterAll(() => {
  for (const file of written) rmSync(file, { force: true });
});

describe('the layers, one way', () => {
  it.each([
    ['src/lib/zz-layer-probe.ts', '../api/http'],
    ['src/api/zz-layer-probe.ts', '../model/story-diff'],
    ['src/model/zz-layer-probe.ts', '../queries/client'],
    ['src/queries/zz-layer-probe.ts', '../pwa/saved'],
    ['src/components/zz-layer-probe.ts', '../queries/story'],
    ['src/components/zz-layer-probe.ts', '@tanstack/react-query'],
    ['src/pwa/zz-layer-probe.ts', '../routes/poller'],
    ['src/routes/zz-layer-probe.ts', '../app/routes'],
    ['src/boot/zz-layer-probe.ts', '../queries/client'],
    ['src/sw/zz-layer-probe.ts', '../demo/probe'],
    ['src/sw/zz-layer-probe.ts', '../../mocks/demo-handlers'],
    ['src/app/zz-layer-probe.ts', '../server/feeds'],
    ['src/server/zz-layer-probe.ts', '../sw/shell'],
  ])('%s may not import %s', (path, specifier) => {
    expect(reported(path, specifier)).toBe(true);
  });

  it.each([
    ['src/api/zz-layer-probe.ts', '../lib/safe-url'],
    ['src/model/zz-layer-probe.ts', '../api/story'],
    ['src/routes/zz-layer-probe.ts', '../pwa/saved'],
    ['src/demo/zz-layer-probe.ts', '../../mocks/demo-handlers'],
    ['src/app/zz-layer-probe.ts', '../routes/poller'],
    ['src/server/zz-layer-probe.ts', '../app/routes'],
    ['src/server/zz-layer-probe.ts', '../boot/shell'],
  ])('%s may import %s', (path, specifier) => {
    expect(reported(path, specifier)).toBe(false);
  });
});

describe("a source's internals", () => {
  it.each([
    ['src/routes/zz-layer-probe.ts', '../api/sources/wordpress/rest'],
    ['src/boot/zz-layer-probe.ts', '../api/sources/lede/posts.ts'],
    ['src/api/zz-layer-probe.ts', './sources/wordpress/to-story'],
    ['src/routes/zz-layer-probe.test.ts', '../api/sources/wordpress/html-to-blocks'],
    ['src/api/sources/lede/zz-layer-probe.ts', '../wordpress/urls'],
    ['src/api/sources/wordpress/zz-layer-probe.ts', '../../content'],
  ])('%s may not import %s', (path, specifier) => {
    expect(reported(path, specifier)).toBe(true);
  });

  it.each([
    ['src/api/zz-layer-probe.ts', './sources/wordpress/source'],
    ['src/sw/zz-layer-probe.ts', '../api/sources/lede/worker'],
    ['src/boot/zz-layer-probe.ts', '../api/sources/wordpress/early'],
    ['src/api/sources/wordpress/zz-layer-probe.ts', './html-to-blocks'],
  ])('%s may import the entry %s', (path, specifier) => {
    expect(reported(path, specifier)).toBe(false);
  });
});
