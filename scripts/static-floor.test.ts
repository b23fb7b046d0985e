// The static floors: each is its page's content as plain HTML (no script), written for every page the bench measures,
// the Arabic story's with the Arabic publication's words, language and direction.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { stories } from '../mocks/fixtures/stories';
import { stories as arabicStories } from '../mocks/fixtures/publications/ar';
import { FLOOR_PAGES, IMAGE_LED_SLUG, SHOWCASE_SLUGS, STATIC_FLOOR_PATH, writePublicationStoryFloor } from './bench/floor-pages';
import { writeStaticFloors } from './static-floor';

const INDEX = '<!doctype html><html><head><style>body{margin:0}</style></head><body><div id="root"></div></body></html>';
let dist = '';
afterEach(() => rmSync(dist, { recursive: true, force: true }));

/** A new dist directory whose built index.html brings in INDEX's stylesheet. */
function builtApp(): string {
  dist = mkdtempSync(join(tmpdir(), 'lede-floor-'));
  writeFileSync(join(dist, 'index.html'), INDEX);
  return dist;
}
const parse = (file: string) => new DOMParser().parseFromString(readFileSync(file, 'utf8'), 'text/html');

async function floors(): Promise<Record<keyof typeof FLOOR_PAGES, Document>> {
  const files = await writeStaticFloors(builtApp());
  return { story: parse(files.story), 'image-led': parse(files['image-led']), front: parse(files.front) };
}

describe('writeStaticFloors', () => {
  it('writes each page with the build’s stylesheet and no script, the showcase story where the other benches read it', async () => {
    const pages = await floors();
    expect(FLOOR_PAGES.story.file).toBe(STATIC_FLOOR_PATH);
    for (const page of Object.values(pages)) {
      expect(page.querySelector('head style')?.textContent).toBe('body{margin:0}');
      expect(page.querySelectorAll('script')).toHaveLength(0);
      expect(page.querySelector('main h1')).not.toBeNull();
    }
  });

  it('gives the image-led story its hero photo straight under the header, loaded first', async () => {
    const fixture = stories.find((story) => story.slug === IMAGE_LED_SLUG);
    // No update notes between the header and the photo: they would push it off a phone's first screen.
    expect(fixture?.hero).toBeTruthy();
    expect(fixture?.updates ?? []).toEqual([]);
    const article = (await floors())['image-led'].querySelector('article.story');
    expect(article?.querySelector('h1')?.textContent).toBe(fixture?.headline);
    const hero = article?.querySelector('header + figure img');
    expect(hero?.getAttribute('fetchpriority')).toBe('high');
    expect(hero?.getAttribute('alt')).toBe(fixture?.hero?.alt);
  });

  it('draws the front page from the fixture API: the lead story with its photo first, the other top stories, the most popular', async () => {
    const front = (await floors()).front;
    const lead = front.querySelector('.front-main .lead-story');
    expect(lead?.querySelector('h2 a')?.getAttribute('href')).toMatch(/^\/story\/[a-z0-9-]+$/);
    expect(lead?.querySelector('img')?.getAttribute('fetchpriority')).toBe('high');
    expect(lead?.querySelector('img')?.getAttribute('sizes')).toBe('(min-width: 1100px) 720px, 100vw');
    expect(front.querySelectorAll('.story-grid > li').length).toBeGreaterThan(4);
    expect(front.querySelectorAll('.front-sidebar .most-popular li').length).toBeGreaterThan(2);
    expect(front.querySelector('.hot-topics a')).not.toBeNull();
  });
});

describe('writePublicationStoryFloor', () => {
  // Vitest gives every module the build-time constants; the benches run in plain Node, where only the runner does.
  it('writes the floors from plain Node, as the benches do', () => {
    const dir = builtApp();
    execFileSync(process.execPath, ['--import', 'tsx', 'scripts/bench/write-floors.ts', dir], {
      cwd: resolve(import.meta.dirname, '..'),
      stdio: 'pipe',
      timeout: 50_000,
    });
    for (const { file } of Object.values(FLOOR_PAGES)) expect(existsSync(join(dir, file))).toBe(true);
  }, 60_000);

  // Through Vite's module runner, as a build resolves the floor's modules: plain Node has no build-time constants.
  it('writes the English showcase story as the English build has it', async () => {
    const page = parse(await writePublicationStoryFloor(builtApp(), 'en'));
    expect(page.documentElement.getAttribute('lang')).toBe('en');
    expect(page.documentElement.getAttribute('dir')).toBe('ltr');
    expect(page.querySelector('main h1')?.textContent).toBe(stories.find((story) => story.slug === SHOWCASE_SLUGS.en)?.headline);
  });

  it("writes the Arabic showcase story right to left, in the Arabic build's words, with the build's stylesheet and no script", async () => {
    const file = await writePublicationStoryFloor(builtApp(), 'ar');
    expect(file).toBe(join(dist, STATIC_FLOOR_PATH));
    const page = parse(file);
    const story = arabicStories.find((one) => one.slug === SHOWCASE_SLUGS.ar);
    expect(page.documentElement.getAttribute('lang')).toBe('ar');
    expect(page.documentElement.getAttribute('dir')).toBe('rtl');
    expect(page.querySelector('main h1')?.textContent).toBe(story?.headline);
    expect(page.title).toBe(`${story?.headline} · ليد`);
    expect(page.querySelector('.masthead__name')?.textContent).toBe('ليد');
    // The frame's and the footer's words are the Arabic ones: no English word left in them.
    for (const text of [page.querySelector('.masthead nav')?.textContent, page.querySelector('.site-footer')?.textContent])
      expect(text).not.toMatch(/[A-Za-z]/);
    expect(page.querySelector('head style')?.textContent).toBe('body{margin:0}');
    expect(page.querySelectorAll('script')).toHaveLength(0);
  });
});
