// The WordPress source's HTML parser on Node, which has no DOMParser: parse5 builds the tree as the HTML standard says
// (so as browsers do, misnested and broken markup alike), and linkedom gives that tree the DOM the mapper reads.
import { DOMParser } from 'linkedom';
import { parse, type DefaultTreeAdapterTypes as Parsed } from 'parse5';

const HTML_NAMESPACE = 'http://www.w3.org/1999/xhtml';

const isParsedElement = (node: Parsed.Node): node is Parsed.Element => 'tagName' in node;

/** `node` made in `document`, without its children; null for a doctype. A template's content stays out, as in browsers. */
function copyOf(node: Parsed.ChildNode, document: Document): Node | null {
  if (node.nodeName === '#text') return document.createTextNode((node as Parsed.TextNode).value);
  if (node.nodeName === '#comment') return document.createComment((node as Parsed.CommentNode).data);
  if (!isParsedElement(node)) return null;
  const element =
    node.namespaceURI === HTML_NAMESPACE ? document.createElement(node.tagName) : document.createElementNS(node.namespaceURI, node.tagName);
  for (const { name, value, prefix } of node.attrs) element.setAttribute(prefix ? `${prefix}:${name}` : name, value);
  return element;
}

/** Copies the children of `from` into `to`, level by level: no recursion, however deep the markup. */
function copyChildren(from: Parsed.ParentNode, to: Node, document: Document): void {
  const pending: Array<[Parsed.ParentNode, Node]> = [[from, to]];
  for (let next = pending.pop(); next; next = pending.pop()) {
    const [source, target] = next;
    for (const child of source.childNodes) {
      const copy = copyOf(child, document);
      if (!copy) continue;
      target.appendChild(copy);
      if (isParsedElement(child) && child.childNodes.length > 0) pending.push([child, copy]);
    }
  }
}

/**
 * The body of `html` as DOMParser gives it in a browser (the same tree, in quirks mode as there: no doctype), in a
 * document of its own; nothing in it runs or loads (there is no page on the server).
 */
export function parseHtmlBody(html: string): HTMLElement {
  // A DOMParser document has scripting disabled, so <noscript> holds markup, not text.
  const parsed = parse(html, { scriptingEnabled: false });
  const document = new DOMParser().parseFromString('<!doctype html><html></html>', 'text/html') as unknown as Document;
  const root = document.documentElement;
  copyChildren(parsed.childNodes.find(isParsedElement) ?? parsed, root, document);
  // The standard's `body`: the html element's body or frameset child (the parser always makes one).
  const body = Array.from(root.children).find((child) => child.localName === 'body' || child.localName === 'frameset');
  return (body ?? root.appendChild(document.createElement('body'))) as HTMLElement;
}
