// Every page Lede writes declares the publication's language and direction on <html>: index.html and the frame the
// offline page, the pages rendered ahead and the render server's pages are written from, and the web app manifest.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import * as v from 'valibot';
import { stories } from '../mocks/fixtures/stories';
import { renderStaticStory } from '../scripts/static-floor';
import { StorySchema } from '../src/api/story';
import { PUBLICATION, type Publication } from '../src/lib/publication';
import { documentLanguageAttributes, withDocumentLanguage } from './document-language';
import { ledeHtml } from './html';
import { webAppManifest } from './pwa';

const INDEX_HTML = readFileSync('index.html', 'utf8');

/** A publication as src/lib/publication.ts defines it (VITE_PUBLICATION chooses one per build). */
const publication = (id: 'en' | 'ar'): Publication =>
  id === 'ar'
    ? { id, name: 'ليد', language: 'ar', dir: 'rtl', locale: 'ar-EG-u-nu-latn', timeZone: 'Africa/Cairo', zoneLabel: 'بتوقيت القاهرة' }
    : { id, name: 'Lede', language: 'en', dir: 'ltr', locale: 'en-US-u-nu-latn', timeZone: 'America/New_York', zoneLabel: 'ET' };

/** index.html as the build's first HTML step writes it. */
function builtIndexHtml(id: 'en' | 'ar'): Document {
  // The frame's step reads nothing of Vite's context but whether a dev server runs.
  const { handler } = ledeHtml(publication(id)).transformIndexHtml as { handler: (html: string, ctx: object) => { html: string } };
  return new DOMParser().parseFromString(handler(INDEX_HTML, {}).html, 'text/html');
}

describe('the language and direction of the pages Lede writes', () => {
  it('index.html (and so shell.html, the offline page and every page written from it) is lang="ar" dir="rtl" in the Arabic build', () => {
    const root = builtIndexHtml('ar').documentElement;
    expect(root.getAttribute('lang')).toBe('ar');
    expect(root.getAttribute('dir')).toBe('rtl');
  });

  it('is lang="en" dir="ltr" in the English build', () => {
    const root = builtIndexHtml('en').documentElement;
    expect(root.getAttribute('lang')).toBe('en');
    expect(root.getAttribute('dir')).toBe('ltr');
  });

  it('replaces the language a page declared and keeps its other attributes', () => {
    const html = withDocumentLanguage('<!doctype html><html data-x="1" lang="en" dir=ltr><head></head></html>', { language: 'ar', dir: 'rtl' });
    expect(html).toBe('<!doctype html><html lang="ar" dir="rtl" data-x="1"><head></head></html>');
  });

  it('refuses a language setting that is not a language tag rather than writing it into the page', () => {
    expect(() => documentLanguageAttributes({ language: 'ar" onload="x', dir: 'rtl' })).toThrow(/not a BCP 47 language tag/);
    expect(() => withDocumentLanguage('<p>no document</p>', { language: 'ar', dir: 'rtl' })).toThrow(/no <html> tag/);
  });

  it("a static floor is in the build's publication's language and direction", () => {
    const html = renderStaticStory(v.parse(StorySchema, stories[0]), '');
    const root = new DOMParser().parseFromString(html, 'text/html').documentElement;
    expect([root.getAttribute('lang'), root.getAttribute('dir')]).toEqual([PUBLICATION.language, PUBLICATION.dir]);
  });

  it("the web app manifest carries the publication's name, language and direction", () => {
    expect(webAppManifest(publication('ar'))).toMatchObject({ name: 'ليد', short_name: 'ليد', lang: 'ar', dir: 'rtl' });
    expect(webAppManifest(publication('en'))).toMatchObject({ name: 'Lede', short_name: 'Lede', lang: 'en', dir: 'ltr' });
  });
});
