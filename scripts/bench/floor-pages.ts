// The pages that have a static floor, where each floor is written, and the writers of the floors: scripts/static-floor.tsx
// loaded through Vite's module runner as a build of the publication resolves it (its words, fixtures, settings and
// build-time constants). Nothing here imports an app component, so the benches load in plain Node.
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runnerImport } from 'vite';
import { ledePublication } from '../../build/publication';
import type { PublicationId } from '../../src/lib/publication';

export const STATIC_FLOOR_SLUG = 'harbour-bridge-reopens';
/** Where the showcase story's floor is written, relative to the dist directory (and so its URL path on the static server). */
export const STATIC_FLOOR_PATH = 'static/story.html';
/** A story whose hero photo is on a phone's first screen and is its LCP element (most stories; the showcase's is not). */
export const IMAGE_LED_SLUG = 'library-reopens-restoration';

/** The pages that have a floor: the page's path in the app, and its floor's file in the dist directory. */
export const FLOOR_PAGES = {
  story: { path: `/story/${STATIC_FLOOR_SLUG}`, file: STATIC_FLOOR_PATH },
  'image-led': { path: `/story/${IMAGE_LED_SLUG}`, file: 'static/image-led.html' },
  front: { path: '/', file: 'static/front.html' },
} as const;
export type FloorPage = keyof typeof FLOOR_PAGES;
export const isFloorPage = (page: string): page is FloorPage => Object.hasOwn(FLOOR_PAGES, page);

/** Each publication's showcase story: the story page the bench measures in that publication's demo. */
export const SHOWCASE_SLUGS: Record<PublicationId, string> = { en: STATIC_FLOOR_SLUG, ar: 'corniche-bridge-reopens' };

// Not `new URL('../static-floor.tsx', import.meta.url)`: Vite rewrites that pattern as an asset URL in modules it transforms (Vitest).
const STATIC_FLOOR_MODULE = resolve(dirname(fileURLToPath(import.meta.url)), '..', 'static-floor.tsx');

/** scripts/static-floor.tsx as a build of publication `id` resolves it, with Lede's own content source. */
export async function floorWriterOf(id: PublicationId): Promise<typeof import('../static-floor')> {
  const { module } = await runnerImport<typeof import('../static-floor')>(STATIC_FLOOR_MODULE, {
    configFile: false,
    logLevel: 'warn',
    plugins: [ledePublication({ VITE_PUBLICATION: id })],
    define: { __LEDE_SOURCE__: JSON.stringify('lede'), __LEDE_DEMO__: 'false' },
  });
  return module;
}

/** Writes every page's floor of the English publication into `distDir` (a built app); their paths by page. */
export async function writeStaticFloors(distDir: string): Promise<Record<FloorPage, string>> {
  return (await floorWriterOf('en')).writeStaticFloors(distDir);
}

/** Writes publication `id`'s showcase story floor into `distDir` (a build of that publication, whose CSS it takes). */
export async function writePublicationStoryFloor(distDir: string, id: PublicationId): Promise<string> {
  return (await floorWriterOf(id)).writeStaticFloor(distDir, SHOWCASE_SLUGS[id], STATIC_FLOOR_PATH);
}
