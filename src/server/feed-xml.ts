// XML for the feeds and sitemaps: escaped text, elements built only from escaped parts, and the formats' dates.

/** Markup that is already safe to place in a document: made only by the functions below. */
export type Xml = string & { readonly __brand: 'Xml' };

// XML 1.0 forbids most C0 controls, U+FFFE/U+FFFF and lone surrogates; C1 controls and DEL trip feed readers.
const UNWRITABLE =
  // oxlint-disable-next-line no-control-regex
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

/** `value` as XML text or attribute value: the five special characters escaped, unwritable characters dropped. */
export function escapeXml(value: string): Xml {
  return value.replace(UNWRITABLE, '').replace(/[&<>"']/g, (character) => ENTITIES[character] ?? '') as Xml;
}

const NAME = /^[A-Za-z_][\w.:-]*$/;

/** `<name attributes>children</name>`; names are the code's own, so a bad one is a bug, not content. */
export function element(name: string, attributes: Record<string, string> | null, ...children: Xml[]): Xml {
  if (!NAME.test(name)) throw new TypeError(`Not an XML name: ${name}`);
  const attributeText = Object.entries(attributes ?? {})
    .map(([key, value]) => {
      if (!NAME.test(key)) throw new TypeError(`Not an XML name: ${key}`);
      return ` ${key}="${escapeXml(value)}"`;
    })
    .join('');
  return `<${name}${attributeText}>${children.join('')}</${name}>` as Xml;
}

/** An element holding only text. */
export const textElement = (name: string, text: string, attributes: Record<string, string> | null = null): Xml =>
  element(name, attributes, escapeXml(text));

/** A whole document: the declaration and its root element. */
export const xmlDocument = (root: Xml): string => `<?xml version="1.0" encoding="UTF-8"?>\n${root}\n`;

/** An RFC 822 date with a four-digit year, as RSS 2.0 wants it: `Mon, 23 Nov 2026 12:30:00 GMT`. */
export const rfc822 = (iso: string): string => new Date(iso).toUTCString();

/** A W3C datetime in UTC without fractions, as sitemaps want it: `2026-11-23T12:30:00Z`. */
export const w3cDateTime = (iso: string): string => new Date(iso).toISOString().replace(/\.\d{3}Z$/, 'Z');

/** The latest of some ISO instants, or null for none. */
export const newest = (instants: string[]): string | null =>
  instants.reduce<string | null>((latest, instant) => (latest === null || Date.parse(instant) > Date.parse(latest) ? instant : latest), null);
