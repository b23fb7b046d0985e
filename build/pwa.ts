// The PWA: one Workbox service worker (injectManifest) per build, and the web app manifest.
import { VitePWA, type ManifestOptions } from 'vite-plugin-pwa';
import { PUBLICATION, type Publication } from '../src/lib/publication.ts';
import { ledeContentSources } from './content-source.ts';
import { appWords } from './words.ts';

/** The web app manifest's file; index.html links it (vite-plugin-pwa), a rendered page once it is shown (page start). */
export const MANIFEST_FILE = 'manifest.webmanifest';

export function ledePwa(demo: boolean) {
  return VitePWA({
    manifestFilename: MANIFEST_FILE,
    strategies: 'injectManifest',
    srcDir: demo ? 'src/demo' : 'src/sw/http',
    filename: 'sw.ts',
    injectRegister: false,
    registerType: 'prompt',
    devOptions: { enabled: false }, // never beside MSW's dev worker (vite-pwa issue 693)
    injectManifest: {
      // The worker carries only its build's source, as the page does: the other source's modules are dropped whole.
      buildPlugins: { vite: [ledeContentSources()] },
      globPatterns: ['**/*.{js,css,html,svg,png,webmanifest}', ...(demo ? ['images/*-480.webp'] : [])],
      // The frame is precached as shell.html; index.html (the demo's front page, rendered ahead) and the pages rendered
      // ahead are not: the worker answers every navigation with the frame (src/sw/shell.ts).
      globIgnores: ['static/**', 'index.html', 'story/**', 'topic/**'],
      maximumFileSizeToCacheInBytes: 3 * 1024 * 1024,
    },
    manifest: webAppManifest(PUBLICATION),
  });
}

/** The web app manifest of `publication`'s build. */
export function webAppManifest(publication: Publication) {
  const words = appWords(publication.id);
  return {
    id: '/',
    // The publication's own name, language and direction: the installed app's title, and how its words read.
    name: publication.name,
    short_name: publication.name,
    description: words.description,
    lang: publication.language,
    dir: publication.dir,
    start_url: '/',
    scope: '/',
    display: 'standalone',
    background_color: '#fbfaf7',
    theme_color: '#1d2a3a',
    icons: [
      { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
      { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
      { src: '/icons/icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
    ],
    shortcuts: [
      { name: words.popular[0], short_name: words.popular[1], url: '/popular', icons: [{ src: '/icons/icon-192.png', sizes: '192x192' }] },
      { name: words.saved[0], short_name: words.saved[1], url: '/saved', icons: [{ src: '/icons/icon-192.png', sizes: '192x192' }] },
    ],
  } satisfies Partial<ManifestOptions>;
}
