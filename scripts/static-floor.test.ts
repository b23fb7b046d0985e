// The static floors: each is its page's content as plain HTML (no script), written for every page the bench measures.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { stories } from '../mocks/fixtures/stories';
import { FLOOR_PAGES, IMAGE_LED_SLUG, STATIC_FLOOR_PATH, writeStaticFloors } from './static-floor';

const INDEX = '<!doctype html><html><head><style>body{margin:0}</style></head><body><div id="root"></div></body></html>';
let dist = '';
afterEach(() => rmSync(dist, { recursive: true, force: true }));

async function floors(): Promise<Record<keyof typeof FLOOR_PAGES, Document>> {
  dist = mkdtempSync(join(tmpdir(), 'lede-floor-'));
  writeFileSync(join(dist, 'index.html'), INDEX);
  const files = await writeStaticFloors(dist);
  const parse = (file: string) => new DOMParser().parseFromString(readFileSync(file, 'utf8'), 'text/html');
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
