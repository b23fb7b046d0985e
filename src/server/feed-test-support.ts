// Test support: every address a feed, sitemap or robots.txt names, read without a DOM (Node and Playwright alike).

const ENTITIES: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&apos;': "'" };
const unescape = (text: string) => text.replace(/&(?:amp|lt|gt|quot|apos);/g, (entity) => ENTITIES[entity] ?? entity);

// Addresses sit in <loc>, <link> and <guid> text, and in href= (atom:link) and domain= (category) attributes.
const XML_ADDRESS = /<(loc|link|guid)(?:\s[^>]*)?>([^<]*)<\/\1>|\s(?:href|domain)="([^"]*)"/g;

/** The addresses `document` names, each once, in order: a robots.txt's `Sitemap:` lines, or an XML document's. */
export function urlsOf(document: string): string[] {
  const found = document.trimStart().startsWith('<')
    ? [...document.matchAll(XML_ADDRESS)].map((match) => unescape((match[2] ?? match[3] ?? '').trim()))
    : [...document.matchAll(/^sitemap:\s*(\S+)\s*$/gim)].map((match) => match[1] ?? '');
  return [...new Set(found.filter((url) => url !== ''))];
}
