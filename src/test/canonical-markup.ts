// Markup as a canonical string (attributes sorted, adjacent text merged), so two trees that describe the same DOM
// compare equal: the early paint's and the app's.
export function canonical(node: Node): string {
  if (node.nodeType === Node.TEXT_NODE) return JSON.stringify(node.textContent);
  const element = node as Element;
  const attributes = [...element.attributes].map((attribute) => `${attribute.name}="${attribute.value}"`).sort();
  return `<${element.localName} ${attributes.join(' ')}>${[...element.childNodes].map(canonical).join('')}</${element.localName}>`;
}
