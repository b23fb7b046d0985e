// The client build's files a server-rendered page loads: the entry and the chunks it and the page import, from Vite's
// manifest (`.vite/manifest.json`), so the browser fetches them all at once, as index.html's early script does.
import { ENTRY_MODULE } from '../../build/chunks.ts';

interface ManifestChunk {
  file: string;
  imports?: string[];
}
export type Manifest = Record<string, ManifestChunk>;

/** `key` and every chunk it imports statically, dependencies first. */
function staticImports(manifest: Manifest, key: string, seen = new Set<string>(), order: string[] = []): string[] {
  if (seen.has(key) || !manifest[key]) return order;
  seen.add(key);
  for (const next of manifest[key].imports ?? []) staticImports(manifest, next, seen, order);
  order.push(key);
  return order;
}

export interface BootFiles {
  /** The entry module's URL. */
  entry: string;
  /** Every other module the page runs first, in dependency order. */
  preload: string[];
}

/** The entry and the chunks the entry and `pageModules` need (modules missing from the build are skipped). */
export function bootFiles(manifest: Manifest, pageModules: string[]): BootFiles {
  const entry = manifest[ENTRY_MODULE];
  if (!entry) throw new Error(`lede: the build's manifest has no entry ${ENTRY_MODULE}`);
  const keys = new Set<string>();
  for (const module of [ENTRY_MODULE, ...pageModules]) for (const key of staticImports(manifest, module)) keys.add(key);
  keys.delete(ENTRY_MODULE);
  return { entry: `/${entry.file}`, preload: [...keys].map((key) => `/${manifest[key]!.file}`) };
}
