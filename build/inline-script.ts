// Bundles a TypeScript module of src/boot/ into the text of an inline <script> (one minified IIFE), with build-time
// settings as `define`d constants: the boot code is ordinary, linted, type-checked and unit-tested source.
import { resolve } from 'node:path';
import { rolldown } from 'rolldown';
import { PUBLICATION } from '../src/lib/publication.ts';
import { wordsResolver } from './words.ts';

const ROOT = resolve(import.meta.dirname, '..');

/** The publication settings of this build, as import.meta.env holds them in the app. */
const publicationEnv = () => ({
  VITE_PUBLICATION: PUBLICATION.id,
  VITE_PUBLICATION_TIME_ZONE: PUBLICATION.timeZone,
  VITE_PUBLICATION_ZONE_LABEL: PUBLICATION.zoneLabel,
});

/** The bundled text of `entry` (a path relative to the repository root); `define` maps identifiers to JSON values. */
export async function bundleInlineScript(entry: string, define: Record<string, unknown> = {}): Promise<string> {
  const bundle = await rolldown({
    input: resolve(ROOT, entry),
    cwd: ROOT,
    plugins: [wordsResolver(PUBLICATION.id)],
    transform: {
      define: Object.fromEntries(
        // The publication (src/lib/publication.ts reads import.meta.env) as the Vite build has it.
        Object.entries({ 'import.meta.env': publicationEnv(), ...define }).map(([name, value]) => [name, JSON.stringify(value)]),
      ),
    },
    logLevel: 'silent',
  });
  try {
    const { output } = await bundle.generate({ format: 'iife', minify: true, comments: false });
    const [chunk] = output;
    if (!chunk || chunk.type !== 'chunk') throw new Error(`bundleInlineScript: no code for ${entry}`);
    // "</script" inside the text would end the element early; the minifier never writes it, so this only guards.
    if (/<\/script/i.test(chunk.code)) throw new Error(`bundleInlineScript: ${entry} bundles to text containing </script`);
    return chunk.code.trim();
  } finally {
    await bundle.close();
  }
}
