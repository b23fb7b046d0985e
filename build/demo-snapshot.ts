// The demo build's first-visit snapshot (src/lib/demo-snapshot.ts): the mock handlers' answers to the requests of a
// first visit (mocks/snapshot-keys.ts), computed once per build and emitted as static JSON files, with their keys as
// the virtual module the page's demo fetch reads. Other builds, the dev server and tests get an empty snapshot.
import { fileURLToPath } from 'node:url';
import { runnerImport, type Plugin } from 'vite';
import { snapshotFile } from '../src/lib/demo-snapshot.ts';
import { publicationOf, type PublicationId } from '../src/lib/publication.ts';
import { publicationAliases } from './publication.ts';

export const SNAPSHOT_MODULE = 'virtual:lede-demo-snapshot';
const RESOLVED = `\0${SNAPSHOT_MODULE}`;

/**
 * A module of the repository (a path relative to build/) through Vite's module runner, only when a demo build runs,
 * so loading the config never loads the mocks; `#fixtures` and `#words/…` name the build's publication's.
 */
export const loadThroughVite = async <T>(file: string, publication: PublicationId): Promise<T> =>
  (
    await runnerImport<T>(fileURLToPath(new URL(file, import.meta.url)), {
      configFile: false,
      logLevel: 'warn',
      resolve: { alias: publicationAliases(publication) },
    })
  ).module;

/** The publication a resolved config builds (its VITE_PUBLICATION, from the environment or a .env file). */
export const publicationOfConfig = (config: { env: Record<string, unknown> }): PublicationId =>
  publicationOf(typeof config.env.VITE_PUBLICATION === 'string' ? config.env.VITE_PUBLICATION : undefined);

/** Every first-visit key with the body the handlers answer it with; a key they do not answer with JSON is an error. */
export async function takeSnapshot(publication: PublicationId): Promise<Map<string, string>> {
  const [{ getResponse }, { handlers }, { firstVisitKeys }] = await Promise.all([
    import('msw'),
    loadThroughVite<typeof import('../mocks/handlers')>('../mocks/handlers.ts', publication),
    loadThroughVite<typeof import('../mocks/snapshot-keys')>('../mocks/snapshot-keys.ts', publication),
  ]);
  const snapshot = new Map<string, string>();
  for (const key of firstVisitKeys()) {
    const response = await getResponse(handlers, new Request(`http://lede.invalid/api${key}`, { headers: { accept: 'application/json' } }));
    if (!response || response.status !== 200 || !response.headers.get('content-type')?.includes('application/json')) {
      throw new Error(`lede:demo-snapshot: the mock API does not answer ${key} with JSON (status ${response?.status ?? 'none'})`);
    }
    snapshot.set(key, await response.text());
  }
  return snapshot;
}

export interface DemoSnapshotApi {
  /** The snapshot's keys (none outside demo builds): build/html.ts gives the early script the stories among them. */
  keys(): Promise<string[]>;
}

export function ledeDemoSnapshot(demo: boolean): Plugin<DemoSnapshotApi> & { api: DemoSnapshotApi } {
  let building = false;
  let publication: PublicationId = 'en';
  let snapshot: Promise<Map<string, string>> | undefined;
  const take = () => (snapshot ??= building && demo ? takeSnapshot(publication) : Promise.resolve(new Map<string, string>()));
  return {
    name: 'lede:demo-snapshot',
    api: { keys: async () => [...(await take()).keys()] },
    configResolved(config) {
      building = config.command === 'build' && config.mode !== 'test';
      publication = publicationOfConfig(config);
    },
    resolveId(id) {
      return id === SNAPSHOT_MODULE ? RESOLVED : undefined;
    },
    async load(id) {
      if (id !== RESOLVED) return undefined;
      return `export const SNAPSHOT_KEYS = new Set(${JSON.stringify([...(await take()).keys()])});\n`;
    },
    async generateBundle() {
      for (const [key, body] of await take()) this.emitFile({ type: 'asset', fileName: snapshotFile(key).slice(1), source: body });
    },
  };
}
