// Listen: a story read aloud sentence by sentence with the device's voice, against a stand-in for speechSynthesis
// (e2e/speech-stand-in.ts): order, pause and resume, speed, skipping, the mark and following it, stopping on
// navigation and resuming on return, no control without a device voice, the Media Session, live posts, axe, keyboard.
import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { story as showcase } from '../mocks/fixtures/stories/harbour-bridge-reopens';
import { expect, SHOWCASE, test } from './fixtures';
import { cookieClock, nextFrames, openLive, STORM } from './live-coverage';
import { storySettled } from './settled';
import { cancels, finishUtterance, installSpeech, pressMediaKey, REMOTE_ONLY, spoken, spokenTexts, voicesAsked } from './speech-stand-in';

/** The showcase's first utterances: headline, the standfirst's two sentences, the hero's caption and credit. */
const [STANDFIRST_1, STANDFIRST_2] = showcase.standfirst.split(/(?<=\.) /) as [string, string];
const OPENING = [showcase.headline, STANDFIRST_1, STANDFIRST_2, `Photo caption: ${showcase.hero.caption}`, `Photo credit: ${showcase.hero.credit}`];

const listenButton = (page: Page) => page.getByRole('button', { name: 'Listen', exact: true });
const player = (page: Page) => page.getByRole('region', { name: 'Reading aloud' });
const status = (page: Page) => player(page).locator('[aria-live="polite"]');
/** The words the highlight covers (CSS Custom Highlight API), or null. */
const highlighted = (page: Page) =>
  page.evaluate(() => {
    const highlight = CSS.highlights.get('lede-listen');
    return highlight ? [...highlight].map((range) => (range as Range).toString()).join('') : null;
  });
const current = (page: Page) => page.locator('article.story [aria-current="true"]');
/** Where an element is on the page (not on the screen: scroll anchoring would hide a shift above the screen). */
const pageTop = (element: Element) => element.getBoundingClientRect().top + window.scrollY;

async function openShowcase(page: Page) {
  await page.goto(SHOWCASE);
  await storySettled(page);
  await expect(listenButton(page)).toBeVisible();
}

test.describe('with a device voice', () => {
  test('reads the headline first, then the next sentences in order, with the device voice at normal speed', async ({ page }) => {
    await installSpeech(page);
    await openShowcase(page);
    await listenButton(page).click();
    await expect.poll(async () => (await spokenTexts(page)).length).toBeGreaterThan(OPENING.length);
    const said = await spoken(page);
    expect(said.slice(0, OPENING.length).map((utterance) => utterance.text)).toEqual(OPENING);
    expect(said[0]).toEqual({ text: showcase.headline, rate: 1, lang: 'en-US', voice: 'Device English' });
  });

  test('pause stops further utterances; resume reads on from the same sentence', async ({ page }) => {
    await installSpeech(page, { duration: null });
    await openShowcase(page);
    await listenButton(page).click();
    await expect.poll(() => spokenTexts(page)).toEqual([showcase.headline]);
    await finishUtterance(page);
    await expect.poll(() => spokenTexts(page)).toEqual([showcase.headline, STANDFIRST_1]);
    await player(page).getByRole('button', { name: 'Pause' }).click();
    await expect(status(page)).toHaveText(/^Paused at sentence 2 of \d+$/);
    await finishUtterance(page);
    await page.waitForTimeout(300);
    expect(await spokenTexts(page)).toEqual([showcase.headline, STANDFIRST_1]);
    await player(page).getByRole('button', { name: 'Resume' }).click();
    await expect.poll(() => spokenTexts(page)).toEqual([showcase.headline, STANDFIRST_1, STANDFIRST_1]);
    await expect(status(page)).toHaveText(/^Reading sentence 2 of \d+$/);
  });

  test('a new speed applies from the next utterance and is remembered after a reload', async ({ page }) => {
    await installSpeech(page, { duration: null });
    await openShowcase(page);
    await listenButton(page).click();
    await expect.poll(() => spokenTexts(page)).toEqual([showcase.headline]);
    await player(page).getByLabel('Speed').selectOption('1.5');
    // The sentence being read is not started again.
    await page.waitForTimeout(200);
    expect(await spokenTexts(page)).toEqual([showcase.headline]);
    await finishUtterance(page);
    await expect.poll(async () => (await spoken(page)).map((utterance) => utterance.rate)).toEqual([1, 1.5]);

    await page.reload();
    await storySettled(page);
    await listenButton(page).click();
    await expect(player(page).getByLabel('Speed')).toHaveValue('1.5');
    await expect.poll(async () => (await spoken(page)).map((utterance) => utterance.rate)).toEqual([1.5]);
  });

  test('next and previous move the mark and what is read', async ({ page }) => {
    await installSpeech(page, { duration: null });
    await openShowcase(page);
    await listenButton(page).click();
    const headline = page.getByRole('heading', { level: 1 });
    await expect(headline).toHaveAttribute('aria-current', 'true');
    await expect.poll(() => highlighted(page)).toBe(showcase.headline);

    await player(page).getByRole('button', { name: 'Next sentence' }).click();
    await expect(current(page)).toHaveClass(/story-header__standfirst/);
    await expect(headline).not.toHaveAttribute('aria-current');
    await expect.poll(() => highlighted(page)).toBe(STANDFIRST_1);
    await player(page).getByRole('button', { name: 'Next sentence' }).click();
    await expect.poll(() => highlighted(page)).toBe(STANDFIRST_2);
    await expect.poll(() => spokenTexts(page)).toEqual([showcase.headline, STANDFIRST_1, STANDFIRST_2]);
    await expect(status(page)).toHaveText(/^Reading sentence 3 of \d+$/);

    await player(page).getByRole('button', { name: 'Previous sentence' }).click();
    await expect.poll(() => highlighted(page)).toBe(STANDFIRST_1);
    await expect.poll(() => spokenTexts(page)).toEqual([showcase.headline, STANDFIRST_1, STANDFIRST_2, STANDFIRST_1]);
    // Each skip cut the sentence being read short.
    expect(await cancels(page)).toBeGreaterThanOrEqual(3);
  });

  test('the mark is kept in view as reading moves down, but not once the reader has scrolled away', async ({ page }) => {
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await installSpeech(page, { duration: null });
    await openShowcase(page);
    await listenButton(page).click();
    // Down to the body's fifth block (the quote), well below the first screen.
    const quote = page.locator('.story-body > *').nth(3);
    for (let step = 0; step < 30 && (await quote.getAttribute('aria-current')) !== 'true'; step += 1) {
      await player(page).getByRole('button', { name: 'Next sentence' }).click();
    }
    await expect(quote).toHaveAttribute('aria-current', 'true');
    await expect(quote).toBeInViewport();
    expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(200);

    await page.evaluate(() => window.scrollTo({ top: 0, behavior: 'instant' }));
    // The quote's words, then its speaker, then the next block.
    const heading = page.locator('.story-body > *').nth(4);
    for (let step = 0; step < 3 && (await heading.getAttribute('aria-current')) !== 'true'; step += 1) await finishUtterance(page);
    await expect(heading).toHaveAttribute('aria-current', 'true');
    await expect(current(page)).toHaveCount(1);
    await page.waitForTimeout(200);
    expect(await page.evaluate(() => window.scrollY)).toBe(0);
    await expect(current(page)).not.toBeInViewport();
  });

  test('leaving the page stops reading; coming back, Listen resumes where it stopped', async ({ page }) => {
    await installSpeech(page, { duration: null });
    await openShowcase(page);
    await listenButton(page).click();
    for (const _ of [1, 2, 3]) await finishUtterance(page);
    await expect.poll(async () => (await spokenTexts(page)).length).toBe(4);
    const stoppedAt = (await spokenTexts(page))[3];
    expect(stoppedAt).toBe(OPENING[3]);

    await page.getByRole('link', { name: 'Lede', exact: true }).first().click();
    await expect(page).toHaveURL(/\/$/);
    await expect.poll(() => cancels(page)).toBeGreaterThanOrEqual(1);
    await finishUtterance(page);
    await page.waitForTimeout(300);
    expect(await spokenTexts(page)).toHaveLength(4);
    await expect(player(page)).toHaveCount(0);

    await page.goBack();
    await expect(listenButton(page)).toBeVisible();
    await listenButton(page).click();
    await expect.poll(async () => (await spokenTexts(page)).slice(4)).toEqual([stoppedAt]);
    await expect(status(page)).toHaveText(/^Reading sentence 4 of \d+$/);
  });

  test('the Media Session shows the headline and its buttons pause, play and skip', async ({ page }) => {
    await installSpeech(page, { duration: null });
    await openShowcase(page);
    await listenButton(page).click();
    await expect
      .poll(() =>
        page.evaluate(
          () => navigator.mediaSession.metadata && { title: navigator.mediaSession.metadata.title, artist: navigator.mediaSession.metadata.artist },
        ),
      )
      .toEqual({ title: showcase.headline, artist: 'Lede' });
    expect(await page.evaluate(() => navigator.mediaSession.metadata?.artwork.length)).toBeGreaterThan(0);

    await pressMediaKey(page, 'pause');
    await expect(player(page).getByRole('button', { name: 'Resume' })).toBeVisible();
    expect(await page.evaluate(() => navigator.mediaSession.playbackState)).toBe('paused');
    await pressMediaKey(page, 'play');
    await expect(player(page).getByRole('button', { name: 'Pause' })).toBeVisible();
    await pressMediaKey(page, 'nexttrack');
    await expect.poll(() => spokenTexts(page)).toEqual([showcase.headline, showcase.headline, STANDFIRST_1]);

    await player(page).getByRole('button', { name: 'Stop' }).click();
    await expect.poll(() => page.evaluate(() => navigator.mediaSession.metadata)).toBeNull();
  });

  test('a live post’s Listen reads that post', async ({ page, context }) => {
    await installSpeech(page);
    await cookieClock(context).set(0);
    await openLive(page, STORM);
    const post = page.locator('.live-posts__list article').nth(1);
    await post.getByRole('button', { name: 'Listen', exact: true }).click();
    await expect(post.getByRole('button', { name: 'Listen', exact: true })).toHaveAttribute('aria-pressed', 'false', { timeout: 10_000 });
    const said = await spokenTexts(page);
    const words = (await post.locator('.live-post__title, .story-body').allInnerTexts()).join(' ').replace(/\s+/g, ' ');
    expect(said.length).toBeGreaterThan(1);
    for (const text of said) expect(words).toContain(text.replace(/^(Photo caption|Photo credit|Embedded post by [^:]+): /, ''));
    const first = (await post.locator('.live-post__title, .story-body > *').first().innerText()).trim();
    expect(first.startsWith(said[0]!)).toBe(true);
  });
});

test('on a live page one post is read at a time: another post’s Listen stops the first', async ({ page, context }) => {
  await installSpeech(page, { duration: null });
  await cookieClock(context).set(0);
  await openLive(page, STORM);
  const [first, second] = [page.locator('.live-posts__list article').nth(1), page.locator('.live-posts__list article').nth(2)];
  await first.getByRole('button', { name: 'Listen', exact: true }).click();
  await expect.poll(async () => (await spokenTexts(page)).length).toBe(1);
  await second.getByRole('button', { name: 'Listen', exact: true }).click();
  await expect(first.getByRole('button', { name: 'Listen', exact: true })).toHaveAttribute('aria-pressed', 'false');
  await expect(second.getByRole('button', { name: 'Listen', exact: true })).toHaveAttribute('aria-pressed', 'true');
  await expect(player(page)).toHaveCount(1);
  await expect.poll(async () => (await spokenTexts(page)).length).toBe(2);
  // The second post is being read, not cut short by the first one stopping.
  await expect(player(page).getByRole('button', { name: 'Pause' })).toBeVisible();
  await expect(second.locator('[aria-current="true"]')).toHaveCount(1);
  await expect(first.locator('[aria-current="true"]')).toHaveCount(0);
  const firstWords = await second.locator('.live-post__title, .story-body > *').first().innerText();
  expect(firstWords.trim().startsWith((await spokenTexts(page))[1]!)).toBe(true);
});

test('a live post’s Listen appears in its header’s corner without moving the post', async ({ page, context }) => {
  let release = () => undefined as void;
  const held = new Promise<void>((resolve) => (release = resolve));
  await context.route(/\/assets\/Listen-[\w-]+\.js$/, async (route) => {
    await held;
    await route.continue();
  });
  await page.setViewportSize({ width: 320, height: 800 });
  await installSpeech(page);
  await cookieClock(context).set(0);
  await openLive(page, STORM);
  const posts = page.locator('.live-posts__list article');
  const words = () =>
    posts.evaluateAll((all) =>
      all.slice(0, 4).map((post) => (post.querySelector('.story-body')?.getBoundingClientRect().top ?? NaN) + window.scrollY),
    );
  const before = await words();
  await expect(page.getByRole('button', { name: 'Listen', exact: true })).toHaveCount(0);
  release();
  await expect(posts.nth(0).getByRole('button', { name: 'Listen', exact: true })).toBeVisible();
  await nextFrames(page);
  expect(await words()).toEqual(before);
});

for (const width of [1440, 320]) {
  test(`Listen appears beside Save and Share without moving the story (${width} px wide)`, async ({ page, context }) => {
    let release = () => undefined as void;
    const held = new Promise<void>((resolve) => (release = resolve));
    await context.route(/\/assets\/Listen-[\w-]+\.js$/, async (route) => {
      await held;
      await route.continue();
    });
    await page.setViewportSize({ width, height: 800 });
    await installSpeech(page);
    await page.goto(SHOWCASE);
    await storySettled(page);
    const body = page.locator('.story-body');
    const before = await body.evaluate(pageTop);
    await expect(listenButton(page)).toHaveCount(0);
    release();
    await expect(listenButton(page)).toBeVisible();
    await nextFrames(page);
    expect(await body.evaluate(pageTop)).toBe(before);
  });
}

test('with only remote voices there is no Listen control', async ({ page }) => {
  await installSpeech(page, { voices: REMOTE_ONLY });
  await page.goto(SHOWCASE);
  await storySettled(page);
  // Listen's code has run and asked for the voices once they were listed.
  await expect.poll(() => voicesAsked(page)).toBeGreaterThanOrEqual(1);
  await expect(page.getByRole('button', { name: 'Save for offline' })).toBeVisible();
  await expect(listenButton(page)).toHaveCount(0);
});

test.describe('accessibility', () => {
  const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];
  const violations = async (page: Page) =>
    (await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze()).violations.map(
      (violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
    );

  for (const scheme of ['light', 'dark'] as const) {
    test(`axe finds nothing on a story with the player showing (${scheme})`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: scheme });
      await installSpeech(page, { duration: null });
      await openShowcase(page);
      await listenButton(page).click();
      await expect(player(page)).toBeVisible();
      expect(await violations(page)).toEqual([]);
    });

    test(`axe finds nothing on a live page with the posts' Listen and a player showing (${scheme})`, async ({ page, context }) => {
      await page.emulateMedia({ colorScheme: scheme });
      await installSpeech(page, { duration: null });
      await cookieClock(context).set(0);
      await openLive(page, STORM);
      await page.locator('.live-posts__list article').first().getByRole('button', { name: 'Listen', exact: true }).click();
      await expect(player(page)).toBeVisible();
      expect(await violations(page)).toEqual([]);
    });
  }

  test('keyboard only: Tab to Listen, Enter, Tab to Pause, Space', async ({ page }) => {
    await installSpeech(page, { duration: null });
    await openShowcase(page);
    await page.getByRole('button', { name: 'Share' }).focus();
    await page.keyboard.press('Tab');
    await expect(listenButton(page)).toBeFocused();
    await page.keyboard.press('Enter');
    await expect.poll(() => spokenTexts(page)).toEqual([showcase.headline]);
    await page.keyboard.press('Tab');
    await expect(player(page).getByRole('button', { name: 'Pause' })).toBeFocused();
    await page.keyboard.press('Space');
    // The same button, now Resume, keeps the focus: Space again reads on.
    await expect(player(page).getByRole('button', { name: 'Resume' })).toBeFocused();
    await expect(status(page)).toHaveText(/^Paused at sentence 1 of \d+$/);
    await page.keyboard.press('Space');
    await expect.poll(() => spokenTexts(page)).toEqual([showcase.headline, showcase.headline]);
  });
});
