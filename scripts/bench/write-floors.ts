// Writes the English publication's static floors into a built app: `tsx scripts/bench/write-floors.ts [distDir]`.
// Not in floor-pages.ts: the floors' module imports that one through Vite's runner, where a CLI there would run again.
import { resolve } from 'node:path';
import { writeStaticFloors } from './floor-pages';

for (const [page, file] of Object.entries(await writeStaticFloors(resolve(process.argv[2] ?? 'dist')))) console.log(`Wrote ${page}: ${file}`);
