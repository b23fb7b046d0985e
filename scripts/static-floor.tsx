// The "static floors": each measured page (the showcase story, an image-led story, the front page) as plain HTML with
// no JavaScript, styled by the app's own built CSS. Each is what its page could at best cost a browser, so the bench
// compares the builds' LCP and TBT against the floor of the same page. Their markup is the app's: React's server
// renderer draws the same components the pages render, from the fixture content the API serves.
// Its components read build-time constants and the publication's words (`#words/…`, `#fixtures`): the benches load it
// through Vite's module runner as a build of one publication would (scripts/bench/floor-pages.ts).
// Usage (normally called by scripts/bench-lighthouse.ts): tsx scripts/bench/write-floors.ts [distDir]
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { getResponse } from 'msw';
import type { ReactElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import * as v from 'valibot';
import { contentHandlers } from '../mocks/handlers/content';
import { stories } from '#fixtures';
import { masthead } from '#words/masthead';
import { StorySchema, type Story } from '../src/api/story';
import { FrontPageSchema, PopularListSchema, type FrontPage, type PopularList } from '../src/api/summary';
import { appShellHtml } from '../src/boot/shell';
import { PUBLICATION } from '../src/lib/publication';
import { documentLanguageAttributes } from '../build/document-language';
import { FRONT_TITLE, storyTitle } from '../src/model/page-title';
import { AppLink } from '../src/components/AppLink';
import { StoryBody } from '../src/components/StoryBody';
import { Figure } from '../src/components/Figure';
import { HotTopics } from '../src/components/HotTopics';
import { MostPopular } from '../src/components/MostPopular';
import { QuerySection } from '../src/components/QuerySection';
import { StoryCard } from '../src/components/StoryCard';
import { StoryHeader } from '../src/components/StoryHeader';
import { TopicTags } from '../src/components/TopicTags';
import { UpdateBanners } from '../src/components/UpdateBanner';
import { HydrationState } from '../src/lib/hydration';

import { FLOOR_PAGES, IMAGE_LED_SLUG, STATIC_FLOOR_PATH, STATIC_FLOOR_SLUG, type FloorPage } from './bench/floor-pages';

/** Escapes text for HTML text nodes and double-quoted attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] as string);
}

/** What only the device knows is left out, as the render server leaves it out (src/lib/hydration.tsx). */
const asTheServerRendersIt = (page: ReactElement) => <HydrationState serverRendered>{page}</HydrationState>;

/** The story page's content as the app renders it, without anything that needs the app's code to run. */
function StaticStory({ story }: { story: Story }) {
  return (
    <div className="story-page">
      <div className="hot-topics hot-topics--placeholder" aria-hidden="true" />
      <div className="story-layout">
        <article className="story">
          <StoryHeader
            headline={story.headline}
            standfirst={story.standfirst}
            byline={story.byline}
            publishedAt={story.publishedAt}
            updatedAt={story.updatedAt}
          />
          <UpdateBanners notes={story.updates} />
          {story.hero && <Figure image={story.hero} priority />}
          <StoryBody blocks={story.body} />
          <TopicTags topics={story.topics} />
        </article>
      </div>
    </div>
  );
}

/** The front page's content as src/routes/front/FrontPage.tsx renders it once its lists have arrived, without its code. */
function StaticFront({ front, popular }: { front: FrontPage; popular: PopularList }) {
  const [lead, ...rest] = front.topStories;
  const loaded = { data: popular, error: null, isPending: false, isFetching: false, refetch: () => undefined };
  return (
    <div className="front-page">
      <HotTopics topics={front.hotTopics} />
      <h1 className="visually-hidden" tabIndex={-1}>
        Top stories
      </h1>
      <div className="front-layout">
        <div className="front-main">
          {lead && (
            <article className="lead-story">
              <h2 className="lead-story__title">
                <AppLink to={`/story/${lead.slug}`}>{lead.headline}</AppLink>
              </h2>
              {lead.thumbnail && (
                <Figure image={{ ...lead.thumbnail, caption: undefined, credit: undefined }} priority sizes="(min-width: 1100px) 720px, 100vw" />
              )}
              {lead.standfirst && <p className="lead-story__standfirst">{lead.standfirst}</p>}
            </article>
          )}
          <ul className="story-grid">
            {rest.map((story) => (
              <li key={story.slug}>
                <StoryCard story={story} />
              </li>
            ))}
          </ul>
        </div>
        <div className="front-sidebar">
          <section className="sidebar-section download-offer" aria-labelledby="download-offer-title">
            <h2 id="download-offer-title" className="section-title">
              Read offline
            </h2>
            <p>Take the top stories with you: their text and photos, sized for this screen, saved on this device.</p>
            <button type="button" className="download-offer__button">
              Download for offline
            </button>
          </section>
          <aside aria-label="Most popular">
            <QuerySection title="This week's most popular" state={loaded} className="sidebar-section">
              {(list) => <MostPopular stories={list.items} />}
            </QuerySection>
          </aside>
        </div>
      </div>
    </div>
  );
}

/** A complete HTML document around `main`, bringing in the CSS with `stylesheetTag` exactly as the app's index.html does. */
function staticDocument(title: string, description: string, main: string, stylesheetTag: string): string {
  return `<!doctype html>
<html ${documentLanguageAttributes(PUBLICATION)}>
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <meta name="color-scheme" content="light dark" />
    <meta name="theme-color" content="#1d2a3a" />
    <title>${escapeHtml(title)}</title>
    <meta name="description" content="${escapeHtml(description)}" />
    <link rel="icon" href="/favicon.svg" type="image/svg+xml" />
    ${stylesheetTag}
  </head>
  <body>
    <div id="root">${appShellHtml(main)}<footer class="site-footer"><p>${escapeHtml(masthead.footer)}</p></footer></div>
  </body>
</html>
`;
}

/** The story as a complete HTML document. */
export function renderStaticStory(story: Story, stylesheetTag: string): string {
  return staticDocument(
    storyTitle(story.headline),
    story.standfirst,
    renderToStaticMarkup(asTheServerRendersIt(<StaticStory story={story} />)),
    stylesheetTag,
  );
}

/** The front page as a complete HTML document. */
export function renderStaticFront(front: FrontPage, popular: PopularList, stylesheetTag: string): string {
  const main = renderToStaticMarkup(asTheServerRendersIt(<StaticFront front={front} popular={popular} />));
  return staticDocument(FRONT_TITLE, "Top stories, hot topics and this week's most popular on Lede.", main, stylesheetTag);
}

/**
 * How a built index.html brings in its CSS, verbatim: each inline `<style>` block (the same bytes, so the CSP hash the
 * server sends still matches) or `<link rel="stylesheet">` tag.
 */
export function stylesheetTagOf(indexHtml: string): string {
  const head = indexHtml.slice(0, indexHtml.indexOf('</head>') + 1 || undefined);
  const tags = [...head.matchAll(/<link\b[^>]*\brel="stylesheet"[^>]*>|<style\b[^>]*>[\s\S]*?<\/style>/g)].map((m) => m[0]);
  if (tags.length === 0) throw new Error('The built index.html has no stylesheet link or <style> block: is this a Vite build of Lede?');
  return tags.join('\n    ');
}

/** Writes `html` as `file` of distDir and returns its path. */
function writeFloor(distDir: string, file: string, html: string): string {
  const out = join(distDir, file);
  mkdirSync(join(out, '..'), { recursive: true });
  writeFileSync(out, html);
  return out;
}

const stylesheetOf = (distDir: string) => stylesheetTagOf(readFileSync(join(distDir, 'index.html'), 'utf8'));

/** Writes the floor of the fixture story `slug` into `distDir` (a built app), as `file`, and returns its file path. */
export function writeStaticFloor(distDir: string, slug: string = STATIC_FLOOR_SLUG, file: string = STATIC_FLOOR_PATH): string {
  const input = stories.find((story) => story.slug === slug);
  if (!input) throw new Error(`No fixture story "${slug}" in the ${PUBLICATION.id} publication's fixtures.`);
  return writeFloor(distDir, file, renderStaticStory(v.parse(StorySchema, input), stylesheetOf(distDir)));
}

/** What the fixture API (the same handlers `npm run api` serves) answers at `path`, parsed with the app's schema. */
async function fixtureAnswer<S extends v.GenericSchema>(path: string, schema: S): Promise<v.InferOutput<S>> {
  const response = await getResponse(contentHandlers(), new Request(new URL(`/api${path}`, 'http://floor.invalid')));
  if (!response?.ok) throw new Error(`The fixture API has no answer at /api${path}.`);
  return v.parse(schema, await response.json());
}

/** Writes the front page's floor into `distDir`, from the fixture API's front page and most popular, and returns its path. */
export async function writeStaticFrontFloor(distDir: string): Promise<string> {
  const [front, popular] = await Promise.all([fixtureAnswer('/front', FrontPageSchema), fixtureAnswer('/popular', PopularListSchema)]);
  return writeFloor(distDir, FLOOR_PAGES.front.file, renderStaticFront(front, popular, stylesheetOf(distDir)));
}

/** Writes every page's floor into `distDir`; their paths by page. */
export async function writeStaticFloors(distDir: string): Promise<Record<FloorPage, string>> {
  return {
    story: writeStaticFloor(distDir, STATIC_FLOOR_SLUG, FLOOR_PAGES.story.file),
    'image-led': writeStaticFloor(distDir, IMAGE_LED_SLUG, FLOOR_PAGES['image-led'].file),
    front: await writeStaticFrontFloor(distDir),
  };
}
