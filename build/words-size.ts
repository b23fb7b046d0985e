// The size of a publication's words as the browser gets them: every area a page can load, bundled and minified
// together (the catalog's budget, docs/publications.md). The app's words are left out: only the build reads them.
import { readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { gzipSync, constants } from 'node:zlib';
import { rolldown } from 'rolldown';
import type { PublicationId } from '../src/lib/publication.ts';
import { wordsResolver } from './words.ts';

const WORDS = resolve(import.meta.dirname, '../src/lib/words');
const ENTRY = '\0lede-words-entry';

/** Areas only the build reads (never in a page's code). */
export const BUILD_ONLY_AREAS = ['app'];

/** The areas of publication `id`'s words that pages load. */
export const shippedAreas = (id: PublicationId): string[] =>
  readdirSync(resolve(WORDS, id))
    .map((file) => file.replace(/\.ts$/, ''))
    .filter((area) => !BUILD_ONLY_AREAS.includes(area))
    .sort();

/** Publication `id`'s words of `areas` (all it ships by default), bundled and minified as one module, and its gzip size in bytes. */
export async function wordsBundle(id: PublicationId, areas: string[] = shippedAreas(id)): Promise<{ code: string; gzipBytes: number }> {
  const bundle = await rolldown({
    input: ENTRY,
    logLevel: 'silent',
    // The publication's settings are not its words (src/lib/publication.ts).
    external: [/[\\/]publication(\.ts)?$/],
    plugins: [
      {
        name: 'lede-words-entry',
        resolveId: (source) => (source === ENTRY ? ENTRY : null),
        load: (module) => (module === ENTRY ? areas.map((area, index) => `export * as a${index} from '#words/${area}';`).join('\n') : null),
      },
      wordsResolver(id),
    ],
  });
  try {
    const { output } = await bundle.generate({ format: 'es', minify: true, comments: false });
    const code = output.map((chunk) => (chunk.type === 'chunk' ? chunk.code : '')).join('');
    return { code, gzipBytes: gzipSync(code, { level: constants.Z_BEST_COMPRESSION }).length };
  } finally {
    await bundle.close();
  }
}

/** The whole sentences of a bundle of words: minified strings of words (letters and spaces, no code), as one looks for them in another build. */
export const sentencesOf = (code: string): string[] =>
  [...code.matchAll(/`([^`${}()=]{12,})`/g)].map((match) => match[1] ?? '').filter((text) => text.includes(' '));
