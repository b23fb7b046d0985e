// A small, framework-free description of markup (tag, class, attributes, text), for the few pieces that three
// renderers must draw identically: React (the app), the DOM (index.html's early paint) and HTML (the static floor).
// Text is always text: no renderer of a tree ever parses a string as markup.

export interface ElementNode {
  tag: string;
  className?: string;
  attributes?: Record<string, string>;
  children: Array<ElementNode | string>;
}

/** Builds real DOM elements for a tree, with text nodes for every string. */
export function toDomElement(node: ElementNode, doc: Document = document): HTMLElement {
  const element = doc.createElement(node.tag);
  if (node.className) element.className = node.className;
  for (const [name, value] of Object.entries(node.attributes ?? {})) element.setAttribute(name, value);
  for (const child of node.children) element.append(typeof child === 'string' ? doc.createTextNode(child) : toDomElement(child, doc));
  return element;
}
