// The "static floor": the showcase story as plain HTML with no JavaScript, styled by the app's own built CSS. It is
// what the story page could at best cost a browser, so the bench compares the HTTP-API build's LCP and TBT against it.
// Its markup is the app's: React's server renderer draws the same components the story page renders.
// Usage (normally called by scripts/bench-lighthouse.ts): tsx scripts/static-floor.tsx [distDir]
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { renderToStaticMarkup } from 'react-dom/server';
import * as v from 'valibot';
import { stories } from '../mocks/fixtures/stories';
import { StorySchema, type Story } from '../src/api/story';
import { appShellHtml } from '../src/boot/shell';
import { StoryBody } from '../src/components/StoryBody';
import { Figure } from '../src/components/Figure';
import { StoryHeader } from '../src/components/StoryHeader';
import { TopicTags } from '../src/components/TopicTags';
import { UpdateBanners } from '../src/components/UpdateBanner';

export const STATIC_FLOOR_SLUG = 'harbour-bridge-reopens';
/** Where the page is written, relative to the dist directory (and so its URL path on the static server). */
export const STATIC_FLOOR_PATH = 'static/story.html';

/** Escapes text for HTML text nodes and double-quoted attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] as string);
}

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

/** The story as a complete HTML document, bringing in the CSS with `stylesheetTag` exactly as the app's index.html does. */
export function renderStaticStory(story: Story, stylesheetTag: string): string {
  const main = renderToStaticMarkup(<StaticStory story={story} />);
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <meta name="color-scheme" content="light dark" />
    <meta name="theme-color" content="#1d2a3a" />
    <title>${escapeHtml(`${story.headline} · Lede`)}</title>
    <meta name="description" content="${escapeHtml(story.standfirst)}" />
    <link rel="icon" href="/favicon.svg" type="image/svg+xml" />
    ${stylesheetTag}
  </head>
  <body>
    <div id="root">${appShellHtml(main)}<footer class="site-footer"><p>Lede — an offline-first news reader. Stories in the demo are fictional.</p></footer></div>
  </body>
</html>
`;
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

/** Writes the static floor page into `distDir` (a built app) and returns its file path. */
export function writeStaticFloor(distDir: string, slug: string = STATIC_FLOOR_SLUG): string {
  const input = stories.find((story) => story.slug === slug);
  if (!input) throw new Error(`No fixture story "${slug}" in mocks/fixtures/stories.ts.`);
  const story = v.parse(StorySchema, input);
  const html = renderStaticStory(story, stylesheetTagOf(readFileSync(join(distDir, 'index.html'), 'utf8')));
  const out = join(distDir, STATIC_FLOOR_PATH);
  mkdirSync(join(out, '..'), { recursive: true });
  writeFileSync(out, html);
  return out;
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  console.log(`Wrote ${writeStaticFloor(resolve(process.argv[2] ?? 'dist'))}`);
}
