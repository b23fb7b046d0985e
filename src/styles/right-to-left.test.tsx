// Right to left and Arabic script as a browser draws them (Chromium, from Lede's stylesheets; only a browser's bidi,
// glyph mirroring and cascade decide these): icons that point a direction point the way the text runs, and Arabic
// text gets its own fonts, taller lines, and no letter-spacing or small capitals.
import { readFileSync } from 'node:fs';
import { chromium, type Browser, type Page } from '@playwright/test';
import { renderToStaticMarkup } from 'react-dom/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ListenControls } from '../components/ListenControls';
import { resolveChromium } from '../../e2e/chromium';

// In the order the app loads them: the entry's stylesheet, then the lazy pages' (live coverage, Listen).
const CSS = ['src/styles/global.css', 'src/routes/story/live/live.css', 'src/styles/listen.css'].map((file) => readFileSync(file, 'utf8')).join('\n');
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

/** Markup with every rule that sets letter-spacing, small capitals or a tight line height, as the app writes it. */
const TEXT = `<main><article class="story"><h1 class="story-header__headline">عنوان القصة</h1>
  <p class="story-header__standfirst">مقدمة القصة</p><p id="body">نص القصة</p>
  <figure class="figure"><figcaption class="figure__caption"><span class="figure__credit">تصوير</span></figcaption></figure>
  <div class="block-change"><span class="block-change__label">جديد</span></div></article>
  <div class="hot-topics"><h2 class="hot-topics__label">مواضيع</h2></div>
  <h2 class="section-title">الأكثر قراءة</h2><p class="live-status"><span class="live-status__label">مباشر</span></p>
  <h3 class="story-card__title"><a href="/">عنوان</a></h3></main>`;

interface Typography {
  spaced: string[];
  smallCaps: string[];
  /** Line height over font size, by element id or class. */
  leading: Record<string, number>;
  fonts: { body: string; ui: string };
}

/** How the text above is set on a page of this language. */
async function typography(lang: string, dir: 'ltr' | 'rtl'): Promise<Typography> {
  const page = await browser.newPage({ viewport: { width: 390, height: 800 } });
  try {
    await page.setContent(`<!doctype html><html lang="${lang}" dir="${dir}"><head><style>${CSS}</style></head><body>${TEXT}</body></html>`);
    return await page.evaluate(() => {
      const all = [...document.querySelectorAll<HTMLElement>('main *')];
      const name = (element: Element) => element.id || element.className || element.tagName;
      const ratio = (selector: string) => {
        const style = getComputedStyle(document.querySelector(selector) as Element);
        return Math.round((parseFloat(style.lineHeight) / parseFloat(style.fontSize)) * 100) / 100;
      };
      return {
        spaced: all.filter((element) => !['normal', '0px'].includes(getComputedStyle(element).letterSpacing)).map(name),
        smallCaps: all.filter((element) => getComputedStyle(element).fontVariantCaps !== 'normal').map(name),
        leading: { body: ratio('#body'), headline: ratio('h1'), card: ratio('.story-card__title') },
        fonts: {
          body: getComputedStyle(document.body).fontFamily,
          ui: getComputedStyle(document.querySelector('.section-title') as Element).fontFamily,
        },
      };
    });
  } finally {
    await page.close();
  }
}

describe('Arabic script', () => {
  it('is never letter-spaced or set in small capitals, has taller lines, and is set in Arabic system fonts', async () => {
    const arabic = await typography('ar', 'rtl');
    expect(arabic.spaced).toEqual([]);
    expect(arabic.smallCaps).toEqual([]);
    expect(arabic.leading.body).toBeGreaterThanOrEqual(1.8);
    expect(arabic.leading.headline).toBeGreaterThanOrEqual(1.4);
    expect(arabic.leading.card).toBeGreaterThanOrEqual(1.4);
    expect(arabic.fonts.body).toMatch(/^"Noto Naskh Arabic"/);
    expect(arabic.fonts.ui).toMatch(/^"Noto Sans Arabic"/);
  });

  it('leaves Latin text its small capitals, spacing and leading (so the check above can fail)', async () => {
    const english = await typography('en', 'ltr');
    expect(english.smallCaps).toEqual(expect.arrayContaining(['figure__credit', 'section-title', 'hot-topics__label', 'block-change__label']));
    expect(english.spaced.length).toBeGreaterThan(3);
    expect(english.leading.headline).toBeLessThan(1.4);
    expect(english.fonts.body).toMatch(/^Charter/);
  });
});

describe('a status line longer than the screen', () => {
  it('keeps its whole time inside the line, right to left: wrapped, never cut or running past its edge', async () => {
    const page = await browser.newPage({ viewport: { width: 320, height: 400 } });
    try {
      await page.setContent(`<!doctype html><html lang="ar" dir="rtl"><head><style>${CSS}</style></head><body><main>
        <p class="live-status"><span class="live-status__label">مباشر</span> <span id="time">آخر تحديث
        <time>17 نوفمبر 2026، الساعة 3:14 م بتوقيت القاهرة</time></span></p></main></body></html>`);
      const fit = await page.evaluate(() => {
        const [line, time] = ['.live-status', '#time'].map((selector) => document.querySelector(selector) as HTMLElement) as [
          HTMLElement,
          HTMLElement,
        ];
        const [outer, inner] = [line.getBoundingClientRect(), time.getBoundingClientRect()];
        return {
          inside: inner.left >= outer.left - 0.5 && inner.right <= outer.right + 0.5,
          cut: time.scrollWidth > time.clientWidth + 0.5 || time.scrollHeight > time.clientHeight + 0.5,
        };
      });
      expect(fit).toEqual({ inside: true, cut: false });
    } finally {
      await page.close();
    }
  });
});
