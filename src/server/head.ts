// A page's metadata (model/page-meta.ts) as HTML for the server's <head>: the same <title>, <meta> and <link> tags the
// client renders with PageMetaTags (which React adopts when it hydrates); the JSON-LD is rendered in the body instead.
import type { LinkTag, MetaTag, PageMeta } from '../model/page-meta';

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** `value` as HTML text or a quoted attribute value. */
export const escapeHtml = (value: string): string => value.replace(/[&<>"']/g, (character) => ENTITIES[character] ?? '');

/** ` name="value"` for each attribute that has a value, in the given order. */
const attributes = (pairs: ReadonlyArray<readonly [name: string, value: string | undefined]>): string =>
  pairs.map(([name, value]) => (value === undefined ? '' : ` ${name}="${escapeHtml(value)}"`)).join('');

const metaHtml = (tag: MetaTag): string =>
  `<meta${attributes('name' in tag ? [['name', tag.name]] : [['property', tag.property]])}${attributes([['content', tag.content]])}>`;

const linkHtml = (link: LinkTag): string =>
  `<link${attributes([
    ['rel', link.rel],
    ['href', link.href],
    ['type', link.type],
    ['title', link.title],
  ])}>`;

/** The page's head tags, title first, one a line. */
export function headHtml(meta: PageMeta): string {
  return [`<title>${escapeHtml(meta.title)}</title>`, ...meta.meta.map(metaHtml), ...meta.links.map(linkHtml)].join('\n');
}
