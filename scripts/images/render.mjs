// Turns one image spec into its SVG scene and its WebP renditions (the bytes the generator writes).
import sharp from 'sharp';
import { ASPECTS, makeContext } from './context.mjs';
import { fogOverlay, rainOverlay, snowOverlay, vignette } from './sky-and-land.mjs';
import { cityScenes } from './scenes-city.mjs';
import { crowdScenes } from './scenes-crowds.mjs';
import { interiorScenes } from './scenes-interiors.mjs';
import { natureScenes } from './scenes-nature.mjs';
import { waterfrontScenes } from './scenes-waterfront.mjs';

export const WIDTHS = [480, 960, 1600];

const scenes = { ...waterfrontScenes, ...natureScenes, ...crowdScenes, ...cityScenes, ...interiorScenes };

export function draw(spec) {
  const scene = scenes[spec.scene];
  if (!scene) throw new Error(`Unknown scene "${spec.scene}" for image "${spec.id}"`);
  if (!ASPECTS[spec.aspect ?? '16:9']) throw new Error(`Unknown aspect "${spec.aspect}" for image "${spec.id}"`);
  const c = makeContext(spec);
  scene(c);
  if (spec.rain) rainOverlay(c);
  if (c.T.snow) snowOverlay(c);
  if (c.T.fog && spec.scene !== 'airport') fogOverlay(c, c.H * 0.55);
  vignette(c);
  return c;
}

// One WebP per width, keyed by file name (`<id>-<width>.webp`), from one full-size raster of the scene.
export async function renderRenditions(c) {
  const raster = await sharp(Buffer.from(c.svg())).png().toBuffer();
  const files = new Map();
  for (const w of WIDTHS) {
    const webp = await sharp(raster).resize({ width: w }).webp({ quality: 60, effort: 5 }).toBuffer();
    files.set(`${c.spec.id}-${w}.webp`, webp);
  }
  return files;
}
