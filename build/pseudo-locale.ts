// The pseudo-locale build (VITE_PSEUDO_LOCALE=true): `#words/<area>` resolves to a module that re-exports the
// publication's area passed through pseudo() (build/pseudo-words.ts), so every string a reader sees from the catalogs
// is about 40 % longer and bracketed; e2e/pseudo-locale/ looks for clipped, overlapping and unbracketed text.
import { readFileSync } from 'node:fs';
import type { Plugin } from 'vite';

/**
 * What starts the id of an area's pseudo-localised module, followed by the area's file (virtual: Rollup's `\0` marks it
 * as no file); ending as that file does, it falls in the same chunk as the area's words (build/chunks.ts).
 */
const VIRTUAL = '\0lede-pseudo-words:';

/** The names a words module exports (`export const masthead`), read from its source: an area exports its words only. */
export function exportedNames(source: string): string[] {
  return [...source.matchAll(/^export (?:const|function) (\w+)/gm)].map((match) => match[1]!);
}

/**
 * Resolve and load hooks that give `#words/<area>` as publication words pseudo-localised; `areaFile(area)` is the
 * module the publication's `#words/<area>` names, and `pseudoFile` build/pseudo-words.ts.
 */
export function pseudoLocaleHooks(areaFile: (area: string) => string, pseudoFile: string): Pick<Plugin, 'resolveId' | 'load'> {
  return {
    resolveId: (source) => {
      const area = /^#words\/([\w-]+)$/.exec(source)?.[1];
      return area ? `${VIRTUAL}${areaFile(area)}` : null;
    },
    load: (id) => {
      if (!id.startsWith(VIRTUAL)) return null;
      const file = id.slice(VIRTUAL.length);
      const names = exportedNames(readFileSync(file, 'utf8'));
      return [
        `import * as words from ${JSON.stringify(file)};`,
        `import { pseudo } from ${JSON.stringify(pseudoFile)};`,
        ...names.map((name) => `export const ${name} = pseudo(words.${name});`),
      ].join('\n');
    },
  };
}
