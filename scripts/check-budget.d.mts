// Types for scripts/check-budget.mjs (plain JS so `npm run budget` needs no TypeScript loader).
export interface ManifestChunk {
  file: string;
  src?: string;
  isEntry?: boolean;
  isDynamicEntry?: boolean;
  imports?: string[];
  dynamicImports?: string[];
  css?: string[];
  assets?: string[];
  name?: string;
}
export type Manifest = Record<string, ManifestChunk>;
export declare const ENTRY_KEY: string;
export declare const ROUTES: { story: string; front: string };
export declare function routeAssets(manifest: Manifest, entryKey: string, routeKey: string): { js: string[]; css: string[] };
export declare const FRAMEWORK_CHUNKS: Set<string>;
export declare function splitFramework(manifest: Manifest, files: string[]): { framework: string[]; app: string[] };
export declare function gzipBytes(buffer: Uint8Array | string): number;
