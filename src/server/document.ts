// A server-rendered page's document: the client build's index.html with the rendered app in #root, the page's head
// elements, the content it was rendered from, and the app's code loaded directly instead of by the early script.
import { EARLY_SCRIPT_ID, appShellHtml } from '../boot/shell';
import { serverStateHtml, type ServerState } from '../lib/server-state';
import type { BootFiles } from './assets';

const ROOT_OPEN = '<div id="root">';

export interface PageParts {
  app: string;
  head: string;
  state: ServerState;
  boot: BootFiles;
}

const attribute = (text: string) => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/** Checks once, at start, that `template` is a Lede index.html this server can fill; throws a clear error if not. */
export function checkTemplate(template: string): void {
  if (!template.includes(`${ROOT_OPEN}${appShellHtml()}</div>`)) {
    throw new Error('lede: index.html does not hold the static frame this render server was built with: build the client and the server together');
  }
}

/** The template with its early script removed (a server-rendered page carries its story already). */
function withoutEarlyScript(template: string): string {
  return template.replace(new RegExp(`<script id="${EARLY_SCRIPT_ID}">[\\s\\S]*?</script>\\s*`), '');
}

/** The page's document. The page's own title and description replace the template's generic ones. */
export function pageDocument(template: string, { app, head, state, boot }: PageParts): string {
  let html = withoutEarlyScript(template).replace(`${ROOT_OPEN}${appShellHtml()}</div>`, () => `${ROOT_OPEN}${app}</div>`);
  if (head.includes('<title>')) html = html.replace(/<title>[^<]*<\/title>\s*/, '');
  if (head.includes('<meta name="description"')) html = html.replace(/<meta name="description"[^>]*>\s*/, '');
  // The app's code comes after what the page shows: the hero photo (React preloads it with high priority) first.
  const preload = boot.preload.map((file) => `<link rel="modulepreload" href="${attribute(file)}" fetchpriority="low">`).join('');
  html = html.replace('</head>', () => `${head}${preload}</head>`);
  return html.replace(
    '</body>',
    () => `${serverStateHtml(state)}<script type="module" src="${attribute(boot.entry)}" fetchpriority="low"></script></body>`,
  );
}
