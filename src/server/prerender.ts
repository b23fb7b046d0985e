// The static demo's pages, rendered at build time with the render server's own handler (same routes, loaders and
// components) over the content the build gives it: the front page, each story and topic, their feeds. Written beside
// the app as files a static host serves: `index.html` (the front page), `story/<slug>.html`, `topic/<slug>.html`.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parseHeaderRules } from '../../build/headers.ts';
import { createContentSource } from '../api/content';
import { createHttp, type Transport } from '../api/http';
import { checkTemplate } from './document';
import { feedFiles } from './feeds';
import { createPageHandler } from './handler';
import { createRenderer } from './render';

export interface PrerenderOptions {
  /** The client build's folder: its `shell.html` (the frame) and `_headers` are read from it. */
  dist: string;
  /** The site's public origin, for canonical and share URLs. */
  origin: string;
  /** Answers the content requests (the demo's mocks). */
  fetch: Transport['fetch'];
  /** Page paths to render (`/`, `/story/<slug>`, `/topic/<slug>`). */
  paths: string[];
  now: Date;
}

/** The file a page path is written to. */
export const prerenderedFile = (path: string): string => (path === '/' ? 'index.html' : `${path.slice(1)}.html`);

/** Renders every path and the feeds into `dist`; returns the files written. A page that does not render is an error. */
export async function prerenderSite({ dist, origin, fetch, paths, now }: PrerenderOptions): Promise<string[]> {
  const template = readFileSync(join(dist, 'shell.html'), 'utf8');
  checkTemplate(template);
  const sourceFor = () => createContentSource(createHttp({ fetch, observe: () => undefined }));
  const handle = createPageHandler({
    template,
    headerRules: parseHeaderRules(readFileSync(join(dist, '_headers'), 'utf8')),
    renderer: createRenderer(),
    sourceFor,
    origin,
    report: (request, error) => {
      throw new Error(`lede:prerender: ${new URL(request.url).pathname} did not render`, { cause: error });
    },
  });
  const written: string[] = [];
  const write = (file: string, body: string) => {
    mkdirSync(dirname(join(dist, file)), { recursive: true });
    writeFileSync(join(dist, file), body);
    written.push(file);
  };
  for (const path of paths) {
    const response = await handle(new Request(new URL(path, origin)));
    if (response.status !== 200) throw new Error(`lede:prerender: ${path} answered ${response.status}`);
    write(prerenderedFile(path), await response.text());
  }
  for (const feed of await feedFiles(sourceFor(), origin, now)) write(feed.path.slice(1), feed.body);
  return written;
}
