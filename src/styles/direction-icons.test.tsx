// Icons that point a direction point the way the text runs: Listen's "previous" arrow points to where a line starts
// and "next" to where it ends, left to right and right to left alike. Drawn by a real browser (Chromium) from the
// component's markup and Lede's stylesheets, because only a browser's bidi and glyph mirroring decide it.
import { readFileSync } from 'node:fs';
import { chromium, type Browser, type Page } from '@playwright/test';
import { renderToStaticMarkup } from 'react-dom/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ListenControls } from '../components/ListenControls';
import { resolveChromium } from '../../e2e/chromium';

const CSS = ['src/styles/global.css', 'src/styles/listen.css'].map((file) => readFileSync(file, 'utf8')).join('\n');
const noop = () => undefined;
const PANEL = renderToStaticMarkup(
  <ListenControls
    status="playing"
    index={0}
    count={3}
    speed={1}
    speeds={[1]}
    extras={false}
    lang="en"
    onListen={noop}
    onStop={noop}
    onPause={noop}
    onResume={noop}
    onPrevious={noop}
    onNext={noop}
    onSpeed={noop}
    onExtras={noop}
  />,
);

let browser: Browser;
beforeAll(async () => {
  const executablePath = resolveChromium();
  browser = await chromium.launch(executablePath ? { executablePath } : {});
}, 60_000);
afterAll(() => browser?.close());

/** Which way a drawn chevron points: its tip is the side whose outermost column of ink is the shortest. */
async function pointing(page: Page, selector: string): Promise<'left' | 'right'> {
  const png = (await page.locator(selector).screenshot({ omitBackground: false })).toString('base64');
  return page.evaluate(async (data) => {
    const image = new Image();
    image.src = `data:image/png;base64,${data}`;
    await image.decode();
    const canvas = new OffscreenCanvas(image.width, image.height);
    const context = canvas.getContext('2d') as OffscreenCanvasRenderingContext2D;
    context.drawImage(image, 0, 0);
    const { data: pixels, width, height } = context.getImageData(0, 0, image.width, image.height);
    const heights: number[] = [];
    for (let x = 0; x < width; x++) {
      const ink: number[] = [];
      for (let y = 0; y < height; y++) if ((pixels[(y * width + x) * 4] as number) < 110) ink.push(y);
      if (ink.length) heights.push(Math.max(...ink) - Math.min(...ink));
    }
    // One column in from each edge, past anti-aliasing.
    return (heights[1] as number) < (heights[heights.length - 2] as number) ? 'left' : 'right';
  }, png);
}

/** Listen's skip arrows as drawn on a page of this language and direction, at a phone's width (arrows alone). */
async function arrows(lang: string, dir: 'ltr' | 'rtl') {
  const page = await browser.newPage({ viewport: { width: 390, height: 600 } });
  try {
    await page.setContent(`<!doctype html><html lang="${lang}" dir="${dir}" data-theme="light"><head><style>${CSS}
      .listen-panel__arrow { color: #000; font-size: 64px; }</style></head><body>${PANEL}</body></html>`);
    const [previous, next] = ['button:nth-child(2) .listen-panel__arrow', 'button:nth-child(3) .listen-panel__arrow'];
    return { previous: await pointing(page, previous), next: await pointing(page, next) };
  } finally {
    await page.close();
  }
}

describe("icons that point a direction follow the text's", () => {
  it('left to right: previous points left, next points right', async () => {
    expect(await arrows('en', 'ltr')).toEqual({ previous: 'left', next: 'right' });
  });

  it('right to left: previous points right, next points left', async () => {
    expect(await arrows('ar', 'rtl')).toEqual({ previous: 'right', next: 'left' });
  });
});
