// The publication a build serves (VITE_PUBLICATION): its words and its demo content are resolved at build time, so a
// build carries only its own publication's (`#words/<area>` → src/lib/words/<id>/<area>.ts, `#fixtures` →
// mocks/fixtures/publications/<id>.ts). Node and TypeScript resolve the same specifiers to English through
// package.json's "imports".
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';
import { publicationFrom, publicationOf, type PublicationId } from '../src/lib/publication.ts';
import { pseudoLocaleHooks } from './pseudo-locale.ts';

// Not `new URL(`../${path}`, import.meta.url)`: Vite rewrites that pattern as an asset glob in modules it transforms (Vitest).
const root = (path: string) => resolve(dirname(fileURLToPath(import.meta.url)), '..', path);

/** The module a publication-specific specifier names in publication `id`. */
export function publicationAliases(id: PublicationId): { find: RegExp; replacement: string }[] {
  return [
    { find: /^#words\/([\w-]+)$/, replacement: `${root('src/lib/words')}/${id}/$1.ts` },
    { find: /^#fixtures$/, replacement: root(`mocks/fixtures/publications/${id}.ts`) },
  ];
}

/**
 * Resolves `#words/…` and `#fixtures` to the publication VITE_PUBLICATION names (English when unset); with
 * VITE_PSEUDO_LOCALE=true, `#words/…` to its words pseudo-localised (build/pseudo-locale.ts), ahead of package.json's
 * "imports".
 */
export function ledePublication(env: Record<string, string | undefined>): Plugin {
  const id = publicationOf(env.VITE_PUBLICATION);
  // The build's publication's settings, written into the code, so they are the only ones it carries (src/lib/publication.ts).
  const define = { __LEDE_PUBLICATION__: JSON.stringify(publicationFrom(env)) };
  if (env.VITE_PSEUDO_LOCALE !== 'true') return { name: 'lede-publication', config: () => ({ define, resolve: { alias: publicationAliases(id) } }) };
  const content = publicationAliases(id).filter(({ find }) => !find.test('#words/area'));
  return {
    name: 'lede-publication',
    enforce: 'pre',
    config: () => ({ define, resolve: { alias: content } }),
    ...pseudoLocaleHooks((area) => `${root('src/lib/words')}/${id}/${area}.ts`, root('build/pseudo-words.ts')),
  };
}
