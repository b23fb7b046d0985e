// Draws the mock news photos as code-made SVG scenes and renders each to WebP renditions.
// Input: mocks/fixtures/image-specs.json ([{ id, scene, variant?, time?, rain?, aspect }]).
// Output: public/images/<id>-<width>.webp for every width, and mocks/fixtures/images.json with
// the largest rendition's size. Everything is seeded from the image id, so reruns are identical.
// The drawing lives in scripts/images/ (one module per kind of scene, plus the shared pieces).
// Pass image ids as arguments to re-render only those.
import { mkdir, readFile, readdir, stat, unlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { WIDTHS, draw, renderRenditions } from './images/render.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const specFile = path.join(root, 'mocks/fixtures/image-specs.json');
const sizesFile = path.join(root, 'mocks/fixtures/images.json');
const outDir = path.join(root, 'public/images');

async function main() {
  const started = Date.now();
  const specs = JSON.parse(await readFile(specFile, 'utf8'));
  const seen = new Set();
  for (const spec of specs) {
    if (seen.has(spec.id)) throw new Error(`Duplicate image id "${spec.id}"`);
    if (!/^[a-z0-9-]+$/.test(spec.id)) throw new Error(`Image id "${spec.id}" must be kebab-case`);
    seen.add(spec.id);
  }
  await mkdir(outDir, { recursive: true });
  const sizes = {};
  const expected = new Set();
  const only = process.argv.slice(2);
  await Promise.all(
    specs.map(async (spec) => {
      const c = draw(spec);
      sizes[spec.id] = { width: c.W, height: c.H };
      for (const w of WIDTHS) expected.add(`${spec.id}-${w}.webp`);
      if (only.length && !only.includes(spec.id)) return;
      for (const [file, webp] of await renderRenditions(c)) await writeFile(path.join(outDir, file), webp);
    }),
  );
  // Drop renditions of images that are no longer in the spec list (only files this script would write).
  const rendition = new RegExp(`^[a-z0-9-]+-(${WIDTHS.join('|')})\\.webp$`);
  for (const file of await readdir(outDir)) {
    if (rendition.test(file) && !expected.has(file)) await unlink(path.join(outDir, file));
  }
  // Each rendition's size in bytes, as written: the data saver's "Load photo (NN KB)" says it.
  for (const spec of specs) {
    const bytes = {};
    for (const w of WIDTHS) bytes[w] = (await stat(path.join(outDir, `${spec.id}-${w}.webp`))).size;
    sizes[spec.id].bytes = bytes;
  }
  const ordered = Object.fromEntries(specs.map((s) => [s.id, sizes[s.id]]));
  await writeFile(sizesFile, `${JSON.stringify(ordered, null, 2)}\n`);
  console.log(`Rendered ${specs.length} images x ${WIDTHS.length} widths in ${((Date.now() - started) / 1000).toFixed(1)}s`);
}

await main();
