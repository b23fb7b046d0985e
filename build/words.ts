// The publication's words for code that runs at build time outside Vite's module graph (index.html's static frame,
// the inline early script), where `#words/<area>` would resolve to English through package.json's "imports".
import type { Plugin } from 'rolldown';
import { resolve } from 'node:path';
import { app as arApp } from '../src/lib/words/ar/app.ts';
import { masthead as arMasthead } from '../src/lib/words/ar/masthead.ts';
import { app as enApp } from '../src/lib/words/en/app.ts';
import { masthead as enMasthead } from '../src/lib/words/en/masthead.ts';
import type { Publication, PublicationId } from '../src/lib/publication.ts';
import type { AppWords, MastheadWords } from '../src/lib/words/types.ts';

const MASTHEADS: Record<PublicationId, MastheadWords> = { en: enMasthead, ar: arMasthead };
const APPS: Record<PublicationId, AppWords> = { en: enApp, ar: arApp };

/** The masthead's words of publication `id`, for the static frame (src/boot/shell.ts). */
export const mastheadWords = (id: PublicationId): MastheadWords => MASTHEADS[id];

/** The app's words of publication `id` (the web app manifest's, index.html's head). */
export const appWords = (id: PublicationId): AppWords => APPS[id];

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** index.html (`html`) with the publication's title, description and no-script line instead of the English source's. */
export function withAppWords(html: string, publication: Pick<Publication, 'id' | 'name'>): string {
  const words = appWords(publication.id);
  const replacements: Array<[RegExp, string]> = [
    [/<title>[^<]*<\/title>/, `<title>${escapeHtml(publication.name)}</title>`],
    [/<meta name="description" content="[^"]*"/, `<meta name="description" content="${escapeHtml(words.summary)}"`],
    [/<noscript>[^<]*<\/noscript>/, `<noscript>${escapeHtml(words.noscript)}</noscript>`],
  ];
  return replacements.reduce((page, [pattern, replacement]) => {
    if (!pattern.test(page)) throw new Error(`lede: index.html has no ${pattern.source} to put the publication's words in`);
    return page.replace(pattern, () => replacement);
  }, html);
}

/** A rolldown plugin resolving `#words/<area>` to publication `id`'s module, as build/publication.ts does for Vite. */
export function wordsResolver(id: PublicationId): Plugin {
  return {
    name: 'lede-words',
    resolveId: (source) => {
      const area = /^#words\/([\w-]+)$/.exec(source)?.[1];
      return area ? resolve(import.meta.dirname, '../src/lib/words', id, `${area}.ts`) : null;
    },
  };
}
