// `npx tsx scripts/check-publication-words.ts <dist> [publication]`: fails when a build's JavaScript carries another
// publication's words (every sentence of the other catalogs is looked for in every .js file the build wrote).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PUBLICATION_IDS, publicationOf, type PublicationId } from '../src/lib/publication.ts';
import { sentencesOf, wordsBundle } from '../build/words-size.ts';

/** Every .js file under `dir`. */
function scripts(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.js'))
    .map((entry) => join(entry.parentPath, entry.name));
}

/** The other publications' sentences found in `dist`'s scripts, as "file: sentence". */
export async function foreignWords(dist: string, id: PublicationId): Promise<string[]> {
  const foreign = new Set<string>();
  for (const other of PUBLICATION_IDS) if (other !== id) for (const sentence of sentencesOf((await wordsBundle(other)).code)) foreign.add(sentence);
  const own = new Set(sentencesOf((await wordsBundle(id)).code));
  return scripts(dist).flatMap((file) => {
    const code = readFileSync(file, 'utf8');
    return [...foreign].filter((sentence) => !own.has(sentence) && code.includes(sentence)).map((sentence) => `${file}: ${sentence}`);
  });
}

if (import.meta.main) {
  const [dist = 'dist', id] = process.argv.slice(2);
  const publication = publicationOf(id ?? process.env.VITE_PUBLICATION);
  const found = await foreignWords(dist, publication);
  if (found.length > 0) {
    console.error(`${dist} (${publication}) carries another publication's words:\n${found.join('\n')}`);
    process.exit(1);
  }
  console.log(`${dist} carries only the ${publication} publication's words.`);
}
