// A server-rendered page's document: the client build's frame (shell.html) with the rendered app in #root, the
// page's head elements, the content it was rendered from, and `<html>` marked so that the frame's page start starts
// the app once the page has been shown (decision 043). The frame's early paint, which a rendered page has no use for,
// is left out (the page's HTML is 4-5 KiB smaller compressed, so it comes in the first round trip), and so is the
// manifest's link, which the page start adds once the page has been shown.
import { EARLY_PAINT_ATTRIBUTE, SERVER_RENDERED_ATTRIBUTE } from '../boot/early-handoff';
import { documentLanguageAttributes } from '../../build/document-language.ts';
import { appShellHtml } from '../boot/shell';
import { PUBLICATION } from '../lib/publication';
import { serverStateHtml, type ServerState } from '../lib/server-state';

const ROOT_OPEN = '<div id="root">';
/** The frame's early paint script (its text never holds "</script": build/inline-script.ts). */
const EARLY_PAINT_SCRIPT = new RegExp(`<script ${EARLY_PAINT_ATTRIBUTE}>[\\s\\S]*?</script>\\s*`);
/** The frame's web app manifest link (vite-plugin-pwa's). */
const MANIFEST_LINK = /<link rel="manifest"[^>]*>\s*/;

export interface PageParts {
  app: string;
  head: string;
  state: ServerState;
}

/** Checks once, at start, that `template` is a Lede frame this server can fill; throws a clear error if not. */
export function checkTemplate(template: string): void {
  if (!template.includes(`${ROOT_OPEN}${appShellHtml()}</div>`) || !/<html[\s>]/.test(template)) {
    throw new Error('lede: shell.html does not hold the static frame this render server was built with: build the client and the server together');
  }
  // Its <html> declares the publication's language and direction, which every page written from it keeps.
  if (!template.includes(`<html ${documentLanguageAttributes(PUBLICATION)}`)) {
    throw new Error(
      `lede: shell.html is not the frame of publication ${PUBLICATION.id}: build the client and the server with the same VITE_PUBLICATION`,
    );
  }
}

/** The page's document. The page's own title and description replace the frame's generic ones. */
export function pageDocument(template: string, { app, head, state }: PageParts): string {
  let html = template
    .replace(/<html(?=[\s>])/, () => `<html ${SERVER_RENDERED_ATTRIBUTE}=""`)
    .replace(EARLY_PAINT_SCRIPT, '')
    .replace(MANIFEST_LINK, '')
    .replace(`${ROOT_OPEN}${appShellHtml()}</div>`, () => `${ROOT_OPEN}${app}</div>`);
  if (head.includes('<title>')) html = html.replace(/<title>[^<]*<\/title>\s*/, '');
  if (head.includes('<meta name="description"')) html = html.replace(/<meta name="description"[^>]*>\s*/, '');
  html = html.replace('</head>', () => `${head}</head>`);
  return html.replace('</body>', () => `${serverStateHtml(state)}</body>`);
}
