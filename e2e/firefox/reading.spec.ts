// Reading in Firefox: the front page leads to a story with its captioned photo and sidebar; a topic; search.
import { expect, test } from './fixtures';
import { byRole, click, countOf, headingIs, photosLoaded, textOf, typeInto, visible } from './reader';

test('the front page leads to a story with its captioned photo and the sidebar', async ({ tab, open }) => {
  await open('/');
  await expect.poll(() => tab.title()).toBe('Lede · Top stories');
  const lead = 'main article a';
  const headline = await textOf(tab, lead);
  expect(headline.length).toBeGreaterThan(10);
  await click(tab, lead);

  await headingIs(tab, headline);
  expect(new URL(tab.url()).pathname).toBe('/story/harbour-bridge-reopens');
  await expect.poll(() => tab.title()).toBe(`${headline} · Lede`);

  const hero = 'main article figure';
  await visible(tab, hero);
  await expect.poll(() => photosLoaded(tab, hero)).toBe(true);
  // The caption, then the credit after the words a screen reader hears ("Photo: ").
  expect(await textOf(tab, `${hero} figcaption`)).toMatch(/^\S.{10,}Photo: [A-Z][A-Z ./-]+$/);

  // Dates as Intl formats them in Firefox, in the publication's time zone ("2 hours ago" beside them when recent).
  expect(await textOf(tab, 'main article header')).toMatch(/Published 11\/23\/26 at 7:30 a\.m\. ET( \(.+\))?\s*Updated 11\/23\/26 at 5:20 p\.m\. ET/);
  expect(await textOf(tab, '[role="note"]')).toMatch(/^Update 11\/23\/26 at 5:20 p\.m\. ET: .+/);

  const sidebar = byRole('complementary', 'More stories');
  await visible(tab, `${sidebar} ${byRole('region', 'Similar')} article`);
  const popular = `${sidebar} ${byRole('region', "This week's most popular")} li`;
  await visible(tab, popular);
  expect(await countOf(tab, popular)).toBeGreaterThanOrEqual(5);
});

test("a story's topic opens the topic page with its latest stories", async ({ tab, open }) => {
  await open('/story/harbour-bridge-reopens');
  const tag = `${byRole('navigation', 'Topics in this story')} a`;
  const name = await textOf(tab, tag);
  await click(tab, tag);
  await headingIs(tab, name);
  expect(new URL(tab.url()).pathname).toMatch(/^\/topic\/[a-z-]+$/);
  await visible(tab, `${byRole('region', `Latest in ${name}`)} article`);
});

test('search from the masthead shows marked results at a URL that survives a reload', async ({ tab, open }) => {
  await open('/');
  const box = byRole('searchbox', 'Search stories');
  await typeInto(tab, box, 'harbour bridge');
  await tab.keyboard.press('Enter');
  await expect.poll(() => new URL(tab.url()).search).toBe('?q=harbour+bridge');
  const results = byRole('region', 'Results for “harbour bridge”');
  const firstResult = `${results} article a`;
  const first = await textOf(tab, firstResult);
  expect(first).toMatch(/harbour|bridge/i);
  expect(await textOf(tab, `${results} mark`)).toMatch(/^(harbour|bridge)$/i);

  await tab.reload();
  expect(await textOf(tab, firstResult)).toBe(first);
  expect(await tab.$eval(box, (input) => (input as HTMLInputElement).value)).toBe('harbour bridge');
});
