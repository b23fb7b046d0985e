// Renders an ElementNode (src/lib/element-tree.ts) as React elements: class and attributes as props, strings as text.
import { createElement, type ReactElement } from 'react';
import type { ElementNode } from '../lib/element-tree';

/** React's names for the few HTML attributes trees use. */
const PROP_NAMES: Record<string, string> = { tabindex: 'tabIndex' };

export function ElementTree({ node }: { node: ElementNode }): ReactElement {
  const props: Record<string, string> = {};
  if (node.className) props.className = node.className;
  for (const [name, value] of Object.entries(node.attributes ?? {})) props[PROP_NAMES[name] ?? name] = value;
  return createElement(
    node.tag,
    props,
    ...node.children.map((child, index) => (typeof child === 'string' ? child : <ElementTree key={index} node={child} />)),
  );
}
