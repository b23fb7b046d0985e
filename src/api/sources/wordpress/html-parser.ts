// The browser's HTML parser for the WordPress source (src/server's build swaps in html-parser.server.ts on Node).

/**
 * The body of `html` as DOMParser parses it: a document never attached to the page, so its scripts never run and
 * its images never load.
 */
export function parseHtmlBody(html: string): HTMLElement {
  return new DOMParser().parseFromString(html, 'text/html').body;
}
