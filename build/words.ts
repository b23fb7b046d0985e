// The publication's words for code that runs at build time outside Vite's module graph (index.html's static frame,
// the inline early script), where `#words/<area>` would resolve to English through package.json's "imports".
import type { Plugin } from 'rolldown';
import { resolve } from 'node:path';
import { masthead as arMasthead } from '../src/lib/words/ar/masthead.ts';
import { masthead as enMasthead } from '../src/lib/words/en/masthead.ts';
import type { PublicationId } from '../src/lib/publication.ts';
import type { MastheadWords } from '../src/lib/words/types.ts';

const MASTHEADS: Record<PublicationId, MastheadWords> = { en: enMasthead, ar: arMasthead };

/** The masthead's words of publication `id`, for the static frame (src/boot/shell.ts). */
export const mastheadWords = (id: PublicationId): MastheadWords => MASTHEADS[id];

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
