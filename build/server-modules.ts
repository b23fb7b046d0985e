// The render server's build takes each module that has a Node twin (`<name>.server.ts` beside `<name>.ts`) in its place.
import { existsSync } from 'node:fs';
import type { Plugin } from 'vite';

/** Modules the browser build keeps and the render server's build replaces: the imports that name them end so. */
export const SERVER_TWINNED = /[\\/]html-parser$/;

/** The twin of the module at `id` (`…/html-parser.ts` → `…/html-parser.server.ts`). */
export const serverTwinOf = (id: string): string => id.replace(/\.ts$/, '.server.ts');

export function ledeServerModules(): Plugin {
  return {
    name: 'lede:server-modules',
    enforce: 'pre',
    resolveId: {
      filter: { id: SERVER_TWINNED },
      async handler(source, importer, options) {
        if (this.environment.config.consumer !== 'server' && !options.ssr) return null;
        const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
        if (!resolved || !resolved.id.endsWith('.ts')) return resolved;
        const twin = serverTwinOf(resolved.id);
        // A twinned module without its twin would put the browser's code on the server: fail the build instead.
        if (!existsSync(twin)) this.error(`${resolved.id} has no Node twin (${twin})`);
        return { ...resolved, id: twin };
      },
    },
  };
}
