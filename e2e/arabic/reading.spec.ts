// The reading journeys over the Arabic demo: front page, a story with its photo and update notes, a topic, the
// archive paged, and a search in Arabic; each ends with the page checks every Arabic page gets (arabic.ts).
import { stories, topics } from '../../mocks/fixtures/publications/ar';
import { partsOf } from '../../src/lib/dates';
import { archive } from '../../src/lib/words/ar/archive';
import { lists } from '../../src/lib/words/ar/lists';
import { masthead } from '../../src/lib/words/ar/masthead';
import { parts } from '../../src/lib/words/ar/parts';
import { search } from '../../src/lib/words/ar/search';
import { story as storyWords } from '../../src/lib/words/ar/story';
import { expect, test } from '../fixtures';
import { settled } from '../settled';
import { ARABIC, arabicStamp, arabicStorySettled, arabicStory, expectArabicPage, expectCardDates, sentence } from './arabic';

// Each journey ends with axe four times over (two widths, two schemes) on a whole page: more than the default time.
test.describe.configure({ timeout: 90_000 });

/** The Arabic showcase: a photo with caption and credit, and two update notes. */
const BRIDGE = arabicStory('corniche-bridge-reopens');

test('the front page leads to a story, in Arabic', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: lists.top })).toBeVisible();
  await expect(page.getByRole('region', { name: lists.weekPopular }).getByRole('listitem').first()).toBeVisible();
  const lead = page.locator('.lead-story h2 a');
  const headline = (await lead.textContent())?.trim();
  expect(stories.map((story) => story.headline)).toContain(headline);
  await settled(page);
  await expectCardDates(page);
  await expectArabicPage(page);

  await lead.click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(headline!);
});

test('a story shows its photo with an Arabic caption and credit, and its update notes in the publication format @phone', async ({ page }) => {
  await page.goto(`/story/${BRIDGE.slug}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(BRIDGE.headline);
  await arabicStorySettled(page);

  const hero = page.locator('.story > .figure').first();
  await expect(hero.locator('img')).toHaveJSProperty('complete', true);
  expect(await hero.locator('img').evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(0);
  await expect(hero.locator('img')).toHaveAttribute('alt', BRIDGE.hero!.alt);
  await expect(hero.locator('figcaption .figure__caption-text')).toHaveText(BRIDGE.hero!.caption!);
  await expect(hero.locator('figcaption .figure__credit')).toHaveText(`${parts.photo}${BRIDGE.hero!.credit}`, { useInnerText: true });

  // Published and updated in the publication's format, and each update note, newest first.
  await expect(page.getByText(sentence(storyWords.published, arabicStamp(BRIDGE.publishedAt)))).toBeVisible();
  await expect(page.getByText(sentence(storyWords.updated, arabicStamp(BRIDGE.updatedAt!)))).toBeVisible();
  const notes = [...BRIDGE.updates!].sort((a, b) => Date.parse(b.at) - Date.parse(a.at));
  await expect(page.getByRole('note')).toHaveText(notes.map((note) => `${sentence(storyWords.update, arabicStamp(note.at))} ${note.text}`));

  await expect(page.getByRole('complementary', { name: parts.more })).toBeVisible();
  await expect(page.getByRole('navigation', { name: parts.hot })).toBeVisible();
  await expectArabicPage(page);
});

test('a topic page lists its stories, in Arabic', async ({ page }) => {
  const transport = topics.find((topic) => topic.slug === 'transport')!;
  await page.goto(`/topic/${transport.slug}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(transport.name);
  const latest = page.getByRole('region', { name: lists.latestIn(transport.name) });
  await expect(latest.getByRole('article').first()).toBeVisible();
  // Every story of the topic the fixtures hold is among the first the page shows.
  const written = stories.filter((story) => story.topics?.some((topic) => topic.slug === transport.slug)).map((story) => story.headline);
  const shown = await latest.locator('.story-card__title').allTextContents();
  for (const headline of written) expect(shown.map((title) => title.trim())).toContain(headline);
  await settled(page);
  await expectCardDates(page);
  await expectArabicPage(page);
});

test('the archive pages back through the days, headed in the publication format', async ({ page }) => {
  await page.goto('/archive');
  await expect(page.getByRole('heading', { level: 1, name: masthead.archive })).toBeVisible();
  const cards = page.locator('.story-feed article');
  await expect(cards.first()).toBeVisible();
  const before = await cards.count();
  await page.getByRole('button', { name: lists.loadMore }).click();
  await expect.poll(() => cards.count()).toBeGreaterThan(before);

  // Each day's heading is that day as the publication writes it, in its zone.
  const dayFormat = new Intl.DateTimeFormat(ARABIC.locale, { ...archive.dayParts, timeZone: ARABIC.timeZone });
  const headings = await page.locator('.story-feed h2').allTextContents();
  const cardDays = await cards
    .locator('.story-card__date time')
    .evaluateAll((times) => times.map((t) => t.getAttribute('datetime') ?? ''))
    .then((dates) => new Set(dates.map((iso) => archive.day(partsOf(dayFormat, new Date(iso))))));
  expect(headings.length).toBeGreaterThan(1);
  for (const heading of headings) expect(cardDays, `the day heading ${heading}`).toContain(heading.trim());
  await settled(page);
  await expectCardDates(page);
  await expectArabicPage(page);
});

test('a search in Arabic finds a story and marks the words @phone', async ({ page }) => {
  await page.goto('/');
  await settled(page);
  // A word of the showcase's headline, typed where a reader types it (behind the search button on a phone).
  const query = 'الخور';
  expect(BRIDGE.headline).toContain(query);
  const open = page.getByRole('banner').getByRole('button', { name: masthead.search, expanded: false });
  if (await open.isVisible()) await open.click();
  const field = page.getByRole('banner').getByRole('searchbox', { name: masthead.field });
  await field.fill(query);
  await field.press('Enter');

  const results = page.getByRole('region', { name: search.results(query) });
  await expect(results.getByRole('link', { name: BRIDGE.headline })).toBeVisible();
  await expect(results.locator('mark', { hasText: query }).first()).toBeVisible();
  await settled(page);
  await expectCardDates(page);
  await expectArabicPage(page);
});
