// `npm run screenshots`: a picture of every route of the demo, on a phone (390 × 844) and a desktop (1280 × 900), in
// light and dark, each taken once the page has settled (nothing busy, no skeleton, first-screen images in), for review.
// Usage: tsx scripts/screenshots.ts [--out screenshots] [--only front,story,…] [--dist <built e2e demo> (no build)]
//        [--full-page] [--readme (also writes docs/images/phone-story.png and desktop-front.png, optimised)]
//        [--story <slug> (the story route's story)]
// VITE_PUBLICATION=ar pictures the Arabic demo publication: its showcase story, and with --readme
// docs/images/phone-story-ar.png only.
// It builds the demo with its test switches (`vite build --mode e2e`) into dist-screenshots unless --dist names one.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { chromium, type Browser } from '@playwright/test';
import sharp from 'sharp';
import { CHROMIUM_FLAGS, resolveChromium } from '../e2e/chromium';
import { flag, option } from './bench/cli';
import { buildDemo, serveDemo } from './bench/demo-server';
import { log, runBench } from './bench/processes';
import { publicationOf } from '../src/lib/publication';
import { imagesShown, ROUTES, SCREENS, type Route, type Screen } from './bench/screenshot-routes';
import { settled } from './bench/settle';

const ROOT = resolve(import.meta.dirname, '..');
const OUT = resolve(ROOT, option('out', 'screenshots'));
const GIVEN_DIST = option('dist', '');
const FULL_PAGE = flag('full-page');
const README = flag('readme');
const PUBLICATION_ID = publicationOf(process.env.VITE_PUBLICATION);
/** Each publication's showcase story: the story route's, unless --story names another. */
const SHOWCASE_STORIES = { en: 'harbour-bridge-reopens', ar: 'corniche-bridge-reopens' } as const;
const STORY = option('story', SHOWCASE_STORIES[PUBLICATION_ID]);
const ONLY = option('only', '')
  .split(',')
  .map((name) => name.trim())
  .filter(Boolean);
const SCHEMES = ['light', 'dark'] as const;
type Scheme = (typeof SCHEMES)[number];

/** The README's two pictures: committed, so each must stay small (a palette PNG at its screen's own density). */
const README_IMAGES = {
  en: [
    { file: 'phone-story.png', route: 'story', screen: 'phone' },
    { file: 'desktop-front.png', route: 'front', screen: 'desktop' },
  ],
  ar: [{ file: 'phone-story-ar.png', route: 'story', screen: 'phone' }],
} as const;
const README_MAX_BYTES = 300 * 1024;

/** Opens `route` in a fresh browser context (fresh storage), waits until it has settled and returns its picture. */
async function picture(browser: Browser, origin: string, screen: Screen, scheme: Scheme, route: Route): Promise<Buffer> {
  const { name, ...device } = screen;
  // Without its service worker the demo answers in the page alike; only saving needs it (48 installs would cost CPU).
  const serviceWorkers = route.serviceWorker ? 'allow' : 'block';
  const context = await browser.newContext({ ...device, baseURL: origin, colorScheme: scheme, serviceWorkers });
  try {
    const page = await context.newPage();
    await route.setup?.(page);
    await page.goto(route.path);
    await settled(page);
    await route.ready?.(page);
    await imagesShown(page);
    return await page.screenshot({ fullPage: FULL_PAGE, animations: 'disabled', caret: 'hide' });
  } catch (error) {
    const why = error instanceof Error ? error.message.split('\n').slice(0, 4).join(' ') : String(error);
    throw new Error(`${route.name} (${name}, ${scheme}): ${why}`, { cause: error });
  } finally {
    await context.close();
  }
}

/** Writes a README picture as a 256-colour PNG and checks it stays within the committed size. */
async function writeReadmeImage(file: string, png: Buffer): Promise<void> {
  const small = await sharp(png).png({ palette: true, colours: 256, compressionLevel: 9, effort: 10 }).toBuffer();
  if (small.length > README_MAX_BYTES)
    throw new Error(`${file} is ${(small.length / 1024).toFixed(0)} KB, over ${README_MAX_BYTES / 1024} KB: lower its screen's deviceScaleFactor.`);
  const path = join(ROOT, 'docs', 'images', file);
  mkdirSync(join(path, '..'), { recursive: true });
  writeFileSync(path, small);
  log(`wrote ${relative(ROOT, path)} (${(small.length / 1024).toFixed(0)} KB)`);
}

async function main() {
  const unknown = ONLY.filter((name) => !ROUTES.some((route) => route.name === name));
  if (unknown.length) throw new Error(`Unknown route(s) ${unknown.join(', ')}; known: ${ROUTES.map((route) => route.name).join(', ')}.`);
  const allRoutes = ROUTES.map((route) => (route.name === 'story' ? { ...route, path: `/story/${STORY}` } : route));
  const routes = ONLY.length ? allRoutes.filter((route) => ONLY.includes(route.name)) : allRoutes;
  const dist = GIVEN_DIST ? resolve(GIVEN_DIST) : join(ROOT, `dist-screenshots${PUBLICATION_ID === 'en' ? '' : `-${PUBLICATION_ID}`}`);
  if (!GIVEN_DIST) {
    log(`building the demo with its test switches into ${relative(ROOT, dist)}`);
    buildDemo(dist);
  }
  const origin = await serveDemo(dist);
  log(`serving ${relative(ROOT, dist)} at ${origin}; pictures into ${relative(ROOT, OUT) || '.'}`);
  mkdirSync(OUT, { recursive: true });

  const browser = await chromium.launch({ executablePath: resolveChromium(), args: CHROMIUM_FLAGS });
  const failures: string[] = [];
  try {
    for (const screen of SCREENS)
      for (const scheme of SCHEMES)
        for (const route of routes) {
          const file = join(OUT, `${route.name}-${screen.name}-${scheme}.png`);
          try {
            writeFileSync(file, await picture(browser, origin, screen, scheme, route));
            log(`wrote ${relative(ROOT, file)}`);
          } catch (error) {
            failures.push(error instanceof Error ? error.message : String(error));
            log(`FAILED ${failures.at(-1)}`);
          }
        }
    if (README)
      for (const image of README_IMAGES[PUBLICATION_ID]) {
        const route = allRoutes.find((one) => one.name === image.route) as Route;
        const screen = SCREENS.find((one) => one.name === image.screen) as Screen;
        await writeReadmeImage(image.file, await picture(browser, origin, screen, 'light', route));
      }
  } finally {
    await browser.close();
  }
  if (failures.length) {
    process.exitCode = 1;
    log(`${failures.length} picture(s) failed:\n${failures.join('\n')}`);
  }
}

runBench(main);
