// The "static floor": the showcase story as plain HTML with no JavaScript, styled by the app's own built CSS.
// It is what the story page could at best cost a browser, so the bench compares the live app's LCP against it.
// Usage (normally called by scripts/bench-lighthouse.ts): tsx scripts/static-floor.ts [distDir]
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import * as v from 'valibot';
import { stories } from '../mocks/fixtures/stories';
import { ArticleSchema, type Article, type BodyBlock, type Inline } from '../src/api/article';
import type { Image } from '../src/api/image';
import { isExternalHref, isSafeHref, safeImageSrc } from '../src/lib/safe-url';
import { buildSrcSet } from '../src/lib/srcset';
import { formatPublicationTime } from '../src/lib/dates';

export const STATIC_FLOOR_SLUG = 'harbour-bridge-reopens';
/** Where the page is written, relative to the dist directory (and so its URL path on the static server). */
export const STATIC_FLOOR_PATH = 'static/story.html';

// Same value as STORY_IMAGE_SIZES in src/components/Figure.tsx (kept here so this script needs no JSX/React import).
const STORY_IMAGE_SIZES = '(min-width: 1100px) 680px, (min-width: 720px) calc(100vw - 4rem), calc(100vw - 2rem)';

/** Escapes text for HTML text nodes and double-quoted attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] as string);
}
const e = escapeHtml;

const time = (iso: string) => `<time datetime="${e(iso)}">${e(formatPublicationTime(iso))}</time>`;

function withMarks(text: string, marks: readonly string[]): string {
  let html = e(text);
  if (marks.includes('em')) html = `<em>${html}</em>`;
  if (marks.includes('strong')) html = `<strong>${html}</strong>`;
  return html;
}

function link(href: string, inner: string): string {
  if (!isSafeHref(href)) return `<span class="unsafe-link">${inner}</span>`;
  if (!isExternalHref(href)) return `<a href="${e(href.trim())}">${inner}</a>`;
  return `<a href="${e(href.trim())}" rel="noopener noreferrer" target="_blank">${inner}<span class="visually-hidden"> (opens in a new tab)</span></a>`;
}

function inline(runs: Inline[]): string {
  return runs
    .map((run) => (run.type === 'link' ? link(run.href, withMarks(run.text, run.marks)) : `<span>${withMarks(run.text, run.marks)}</span>`))
    .join('');
}

function figure(image: Image, priority: boolean): string {
  const src = safeImageSrc(image.url);
  if (!src) return '';
  const srcset = buildSrcSet(image);
  const attrs = [
    `class="figure__image"`,
    `src="${e(src)}"`,
    ...(srcset ? [`srcset="${e(srcset)}"`] : []),
    `sizes="${e(STORY_IMAGE_SIZES)}"`,
    `width="${image.width}"`,
    `height="${image.height}"`,
    `alt="${e(image.alt)}"`,
    `loading="${priority ? 'eager' : 'lazy'}"`,
    `decoding="${priority ? 'sync' : 'async'}"`,
    `fetchpriority="${priority ? 'high' : 'auto'}"`,
  ];
  const caption =
    image.caption || image.credit
      ? `<figcaption class="figure__caption">${image.caption ? `<span class="figure__caption-text">${e(image.caption)}</span>` : ''}${
          image.credit ? `<span class="figure__credit"><span class="visually-hidden">Photo: </span>${e(image.credit)}</span>` : ''
        }</figcaption>`
      : '';
  return `<figure class="figure"><img ${attrs.join(' ')}>${caption}</figure>`;
}

function block(b: BodyBlock): string {
  switch (b.type) {
    case 'paragraph':
      return `<p>${inline(b.content)}</p>`;
    case 'heading':
      return `<h2 class="body-heading">${e(b.text)}</h2>`;
    case 'quote':
      return `<figure class="block-quote"><blockquote><p>${e(b.text)}</p></blockquote>${
        b.attribution ? `<figcaption class="block-quote__attribution">${e(b.attribution)}</figcaption>` : ''
      }</figure>`;
    case 'embed':
      return (
        `<figure class="embedded-post">${b.text ? `<blockquote class="embedded-post__text"><p>${e(b.text)}</p></blockquote>` : ''}` +
        `<figcaption class="embedded-post__meta">` +
        (b.author ? `<span class="embedded-post__author">${e(b.author.name)}</span> <span class="embedded-post__handle">${e(b.author.handle)}</span>` : '') +
        `<span class="embedded-post__network">${b.author ? ' on ' : 'On '}${e(b.network)}${b.postedAt ? `, ${time(b.postedAt)}` : ''}</span> ` +
        `${link(b.url, b.text ? 'View original post' : `View on ${e(b.network)}`)}</figcaption></figure>`
      );
    case 'list': {
      const tag = b.ordered ? 'ol' : 'ul';
      return `<${tag} class="block-list">${b.items.map((runs) => `<li>${inline(runs)}</li>`).join('')}</${tag}>`;
    }
    case 'cta':
      return `<aside class="call-to-action" aria-label="From the newsroom"><p>${inline(b.content)}</p></aside>`;
    case 'figure':
      return figure(b.image, false);
    default: {
      const never: never = b;
      throw new Error(`Unhandled body block: ${JSON.stringify(never)}`);
    }
  }
}

function byline(article: Article): string {
  const authors = article.byline;
  if (authors.length === 0) return '';
  const items = authors.map(
    (author, index) =>
      `<span class="byline__author">${index > 0 ? (index === authors.length - 1 ? ' and ' : ', ') : ''}<span class="byline__name">${e(author.name)}</span>${
        author.role ? `<span class="byline__role">, ${e(author.role)}</span>` : ''
      }</span>`,
  );
  return `<p class="byline"><span class="visually-hidden">By </span>${items.join('')}</p>`;
}

/** The story as a complete HTML document, bringing in the CSS with `stylesheetTag` exactly as the app's index.html does. */
export function renderStaticStory(article: Article, stylesheetTag: string): string {
  const updated = article.updatedAt && article.updatedAt !== article.publishedAt ? `<span>Updated ${time(article.updatedAt)}</span>` : '';
  const updates = [...article.updates].sort((a, b) => Date.parse(b.at) - Date.parse(a.at));
  const banners =
    updates.length > 0
      ? `<div class="update-banners">${updates
          .map((note) => `<div class="update-banner" role="note"><p><strong>Update ${time(note.at)}:</strong> ${e(note.text)}</p></div>`)
          .join('')}</div>`
      : '';
  const topics =
    article.topics.length > 0
      ? `<nav class="topic-tags" aria-label="Topics in this story"><ul>${article.topics
          .map((topic) => `<li><a href="/topic/${e(topic.slug)}">${e(topic.name)}</a></li>`)
          .join('')}</ul></nav>`
      : '';
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <meta name="color-scheme" content="light dark" />
    <meta name="theme-color" content="#1d2a3a" />
    <title>${e(`${article.headline} · Lede`)}</title>
    <meta name="description" content="${e(article.standfirst)}" />
    <link rel="icon" href="/favicon.svg" type="image/svg+xml" />
    ${stylesheetTag}
  </head>
  <body>
    <div id="root">
      <a class="skip-link" href="#main">Skip to content</a>
      <header class="masthead">
        <div class="masthead__inner">
          <a class="masthead__name" href="/">Lede</a>
          <nav aria-label="Sections" class="masthead__nav"><ul><li><a href="/">Front page</a></li></ul></nav>
        </div>
        <div class="progress" aria-hidden="true"></div>
      </header>
      <main id="main" tabindex="-1">
        <div class="story-page">
          <div class="hot-topics hot-topics--placeholder" aria-hidden="true"></div>
          <div class="story-layout">
            <article class="story">
              <header class="story-header">
                <h1 class="story-header__headline" tabindex="-1">${e(article.headline)}</h1>
                ${article.standfirst ? `<p class="story-header__standfirst">${e(article.standfirst)}</p>` : ''}
                ${byline(article)}
                <p class="story-header__times"><span>Published ${time(article.publishedAt)}</span>${updated}</p>
              </header>
              ${banners}
              ${article.hero ? figure(article.hero, true) : ''}
              <div class="article-body">${article.body.map(block).join('\n')}</div>
              ${topics}
            </article>
          </div>
        </div>
      </main>
      <footer class="site-footer"><p>Lede — an offline-first news reader. Stories in the demo are fictional.</p></footer>
    </div>
  </body>
</html>
`;
}

/**
 * How a built index.html brings in its CSS, verbatim: each `<link rel="stylesheet" …>` tag, or each inline `<style>`
 * block when the build inlines the stylesheet (the same bytes, so the CSP hash the server sends still matches).
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
  const article = v.parse(ArticleSchema, input);
  const indexHtml = readFileSync(join(distDir, 'index.html'), 'utf8');
  const html = renderStaticStory(article, stylesheetTagOf(indexHtml));
  const out = join(distDir, STATIC_FLOOR_PATH);
  mkdirSync(join(out, '..'), { recursive: true });
  writeFileSync(out, html);
  return out;
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  console.log(`Wrote ${writeStaticFloor(resolve(process.argv[2] ?? 'dist'))}`);
}
