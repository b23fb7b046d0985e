// Parses untrusted HTML into an inert document (no script runs, nothing loads) and reads plain text out of it.
import { parseHtmlBody } from './html-parser';
import { reduceHtml } from './reduced-html';

/** Elements whose content is never shown to readers, not even as text: code, styles, plugins, forms, media players. */
export const DROPPED_TAGS: ReadonlySet<string> = new Set([
  'script',
  'style',
  'template',
  'noscript',
  'iframe',
  'frame',
  'frameset',
  'object',
  'embed',
  'applet',
  'form',
  'input',
  'button',
  'select',
  'option',
  'textarea',
  'svg',
  'math',
  'canvas',
  'video',
  'audio',
  'source',
  'track',
  'picture',
  'map',
  'link',
  'meta',
  'base',
  'head',
  'title',
  'dialog',
  'portal',
  'slot',
  'xmp',
  'plaintext',
  'noembed',
  'noframes',
]);

/**
 * Elements that separate words even without whitespace around them (`<p>a</p><p>b</p>` and `<li>a<p>b</p></li>` read
 * "a b"): line breaks and block-level elements, in plain text and inside inline runs alike.
 */
export const SEPARATING_TAGS: ReadonlySet<string> = new Set([
  'br',
  'hr',
  'p',
  'div',
  'pre',
  'blockquote',
  'figure',
  'figcaption',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'ul',
  'ol',
  'li',
  'dl',
  'dt',
  'dd',
  'table',
  'tr',
  'td',
  'th',
  'section',
  'article',
  'aside',
  'header',
  'footer',
]);

/**
 * The body of `html` parsed into a document that is never attached to the page, so its scripts never run and its
 * images never load. Nothing from it is ever inserted into the live document. The parser sees the reduced markup
 * only, which holds nothing the page's Content-Security-Policy would check and report.
 */
export function parseInertHtml(html: string): HTMLElement {
  return parseHtmlBody(reduceHtml(html));
}

// Node types by number: the server's DOM has no `Node` global to name them.
const ELEMENT_NODE = 1;
const TEXT_NODE = 3;

export const isElement = (node: Node): node is Element => node.nodeType === ELEMENT_NODE;
export const isText = (node: Node): node is Text => node.nodeType === TEXT_NODE;

export const tagOf = (element: Element): string => element.localName.toLowerCase();

/** Runs of HTML whitespace become one space (how a browser would lay the text out). */
export function collapseWhitespace(text: string): string {
  return text.replace(/[\t\n\f\r ]+/g, ' ');
}

/** The node after `current` in document order under `root`, into `current`'s children only when `enter`. */
function nextUnder(root: Node, current: Node, enter: boolean): Node | null {
  if (enter && current.firstChild) return current.firstChild;
  for (let at: Node | null = current; at && at !== root; at = at.parentNode) if (at.nextSibling) return at.nextSibling;
  return null;
}

/**
 * The readable text under `node`, whitespace collapsed and trimmed, without the text of dropped elements.
 * Walks iteratively, so deeply nested markup cannot overflow the stack.
 */
export function plainText(node: Node): string {
  const parts: string[] = [];
  for (let current: Node | null = node.firstChild; current;) {
    let enter = false;
    if (isText(current)) parts.push(current.nodeValue ?? '');
    else if (isElement(current) && !DROPPED_TAGS.has(tagOf(current))) {
      if (SEPARATING_TAGS.has(tagOf(current))) parts.push(' ');
      enter = true;
    }
    current = nextUnder(node, current, enter);
  }
  return collapseWhitespace(parts.join('')).trim();
}

/** The child nodes of `node`, walked by sibling links (much cheaper than copying `childNodes` in jsdom). */
export function* childrenOf(node: Node): Generator<Node> {
  for (let child = node.firstChild; child; child = child.nextSibling) yield child;
}

/** True when `element` carries the class `name` (case-sensitive, as in HTML). */
export function hasClass(element: Element, name: string): boolean {
  return element.classList.contains(name);
}
