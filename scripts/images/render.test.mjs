// Proves the split image generator still draws the committed photos: same WebP bytes, same sizes file.
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { draw, renderRenditions, WIDTHS } from './render.mjs';
import { cityScenes } from './scenes-city.mjs';
import { crowdScenes } from './scenes-crowds.mjs';
import { interiorScenes } from './scenes-interiors.mjs';
import { natureScenes } from './scenes-nature.mjs';
import { waterfrontScenes } from './scenes-waterfront.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const specs = JSON.parse(await readFile(path.join(root, 'mocks/fixtures/image-specs.json'), 'utf8'));
const sizes = JSON.parse(await readFile(path.join(root, 'mocks/fixtures/images.json'), 'utf8'));

// Rendering all 55 images takes about a minute; these six cover every scene module, every aspect
// ratio and every weather overlay (rain, snow, fog), and so every shared drawing module too.
const SAMPLE = ['regatta-storm', 'observatory-comet', 'fans-celebrate-pitch', 'library-facade-winter', 'airport-fog-runway', 'lab-sample-rack'];
const sampleSpecs = SAMPLE.map((id) => specs.find((spec) => spec.id === id));

describe('generated images', () => {
  it('samples at least one scene from each scene module, each aspect and each overlay', () => {
    expect(sampleSpecs).not.toContain(undefined);
    for (const module of [waterfrontScenes, natureScenes, crowdScenes, cityScenes, interiorScenes]) {
      expect(sampleSpecs.some((spec) => spec.scene in module)).toBe(true);
    }
    expect(new Set(sampleSpecs.map((spec) => spec.aspect))).toEqual(new Set(['16:9', '3:2', '4:3']));
    expect(sampleSpecs.some((spec) => spec.rain)).toBe(true);
    expect(sampleSpecs.map((spec) => spec.time)).toEqual(expect.arrayContaining(['snow', 'fog']));
  });

  it('draws every spec at the size recorded in mocks/fixtures/images.json', () => {
    const drawn = Object.fromEntries(specs.map((spec) => [spec.id, (({ W, H }) => ({ width: W, height: H }))(draw(spec))]));
    const recorded = Object.fromEntries(Object.entries(sizes).map(([id, { width, height }]) => [id, { width, height }]));
    expect(drawn).toEqual(recorded);
  });

  it("records each rendition's size in bytes as committed in public/images (the data saver's Load photo says it)", async () => {
    for (const spec of specs)
      for (const w of WIDTHS) {
        const { size } = await stat(path.join(root, 'public/images', `${spec.id}-${w}.webp`));
        expect(sizes[spec.id].bytes?.[w], `${spec.id}-${w}.webp`).toBe(size);
      }
  });

  it.each(SAMPLE)('renders %s byte for byte as committed in public/images', async (id) => {
    const files = await renderRenditions(draw(specs.find((spec) => spec.id === id)));
    expect([...files.keys()]).toEqual(WIDTHS.map((w) => `${id}-${w}.webp`));
    for (const [file, webp] of files) {
      const committed = await readFile(path.join(root, 'public/images', file));
      expect(Buffer.compare(webp, committed), `${file} differs from the committed file`).toBe(0);
    }
  });
});
